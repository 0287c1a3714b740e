import { defineStore } from 'pinia'
import { ref } from 'vue'

/** UI state the application menu drives: the About box, a pending scorecard export. */
export const useDesktopStore = defineStore('desktop', () => {
  const aboutOpen = ref(false)
  /** Set by the menu's Export Scorecard; the scorecard exports once its week is loaded. */
  const exportScorecardRequested = ref(false)

  function openAbout(): void {
    aboutOpen.value = true
  }

  function requestScorecardExport(): void {
    exportScorecardRequested.value = true
  }

  /** Returns true once per request: the caller does the export. */
  function takeScorecardExport(): boolean {
    if (!exportScorecardRequested.value) return false
    exportScorecardRequested.value = false
    return true
  }

  return { aboutOpen, exportScorecardRequested, openAbout, requestScorecardExport, takeScorecardExport }
})
