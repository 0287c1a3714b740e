import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { stageCounts } from '@/api/timeline'
import type { StageCounts } from '@/api/types'
import { useAppStore } from './app'

const TEAMMATE_KEY = 'afterloop.sendingAs'

function readTeammate(): number {
  try {
    return Number(localStorage.getItem(TEAMMATE_KEY) ?? 0) || 0
  } catch {
    return 0
  }
}

/**
 * What the shell shows for the timeline: the due counts for the rail badge
 * (refreshed on data:changed and after actions) and who is sending.
 */
export const useTimelineBadge = defineStore('timelineBadge', () => {
  const app = useAppStore()
  const counts = ref<StageCounts>({ due: 0, overdue: 0, byStage: {} })
  /** The teammate recorded on "mark sent"; 0 = nobody chosen. Kept across restarts. */
  const teammateId = ref(readTeammate())

  watch(teammateId, (id) => {
    try {
      localStorage.setItem(TEAMMATE_KEY, String(id))
    } catch {
      // Not persisted: still used for this session.
    }
  })

  let token = 0
  async function refresh(): Promise<void> {
    if (!app.hasData) {
      counts.value = { due: 0, overdue: 0, byStage: {} }
      return
    }
    const mine = ++token
    try {
      const c = await stageCounts()
      if (mine === token) counts.value = c
    } catch {
      // The badge is a hint; the queue shows errors.
    }
  }

  // Counting walks every recent order: let the screen that just changed load
  // its own data first, and collapse bursts of changes into one count.
  let timer: ReturnType<typeof setTimeout> | null = null
  watch(() => [app.dataVersion, app.hasData], () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void refresh(), 600)
  }, { immediate: true })

  return { counts, teammateId, refresh }
})
