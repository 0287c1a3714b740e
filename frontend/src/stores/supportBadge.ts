import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { attention } from '@/api/support'
import { useAppStore } from './app'

/**
 * The support badge on the rail: tickets still waiting for a first reply,
 * red when some are past TikTok's response window. Refreshed when data
 * changes and every minute, since waiting tickets breach as time passes.
 */
export const useSupportBadge = defineStore('supportBadge', () => {
  const app = useAppStore()
  const waiting = ref(0)
  const breached = ref(0)
  let timer: ReturnType<typeof setInterval> | null = null

  async function refresh(): Promise<void> {
    try {
      const a = await attention()
      waiting.value = a.waiting
      breached.value = a.breached
    } catch {
      // The badge is a hint; the inbox shows the truth.
    }
  }

  function start(): void {
    if (timer) return
    void refresh()
    timer = setInterval(() => void refresh(), 60_000)
  }

  watch(() => app.dataVersion, () => void refresh())
  return { waiting, breached, refresh, start }
})
