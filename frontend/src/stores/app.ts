import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { getSettings, getStatus } from '@/api/shop'
import { toAppError, type AppError } from '@/api/errors'
import type { AppStatus, Settings } from '@/api/types'

/** What the whole shell needs: shop status and settings, and a data version. */
export const useAppStore = defineStore('app', () => {
  const status = ref<AppStatus | null>(null)
  const settings = ref<Settings | null>(null)
  const loaded = ref(false)
  const loadError = ref<AppError | null>(null)
  /** Bumped whenever the backend says the data changed; views watch it. */
  const dataVersion = ref(0)

  const timeZone = computed(() => settings.value?.timeZone || status.value?.systemTimeZone || 'UTC')
  const shopName = computed(() => settings.value?.shopName || status.value?.shopName || '')
  const currency = computed(() => settings.value?.currency || 'USD')
  const hasData = computed(() => status.value?.hasData ?? false)

  async function refresh(): Promise<void> {
    try {
      const [s, st] = await Promise.all([getStatus(), getSettings()])
      status.value = s
      settings.value = st
      loadError.value = null
    } catch (e) {
      loadError.value = toAppError(e)
    } finally {
      loaded.value = true
    }
  }

  let pendingChange: Promise<void> | null = null

  /**
   * Called after data:changed and after local changes (demo load, import,
   * undo). Calls close together (the event and the caller's own refresh)
   * collapse into one refresh.
   */
  function dataChanged(): Promise<void> {
    if (!pendingChange) {
      pendingChange = new Promise<void>((resolve) => setTimeout(resolve, 30)).then(async () => {
        pendingChange = null
        await refresh()
        dataVersion.value++
      })
    }
    return pendingChange
  }

  function settingsSaved(s: Settings): void {
    settings.value = s
    if (status.value) status.value = { ...status.value, shopName: s.shopName }
  }

  return { status, settings, loaded, loadError, dataVersion, timeZone, shopName, currency, hasData, refresh, dataChanged, settingsSaved }
})
