import { useI18n } from 'vue-i18n'
import type { MessageApi } from 'naive-ui'
import { copyDiagnostics, openDataFolder, openLog } from '@/api/desktop'
import { toAppError } from '@/api/errors'

/** The Help actions as buttons (About box, Settings), with their toasts. */
export function useDesktopActions(message: MessageApi) {
  const { t } = useI18n()
  async function run(fn: () => Promise<unknown>): Promise<void> {
    try {
      await fn()
    } catch (e) {
      message.error(toAppError(e).message, { duration: 6000 })
    }
  }
  return {
    copyDiagnostics: () =>
      run(async () => {
        const r = await copyDiagnostics()
        message.success(t('about.diagnosticsCopied', { lines: r.logLines }))
      }),
    openDataFolder: () => run(openDataFolder),
    openLog: () => run(openLog),
  }
}
