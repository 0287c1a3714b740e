import { onBeforeUnmount, onMounted } from 'vue'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { onDiagnosticsCopied, onMenuCommand, uiReady } from '@/api/desktop'
import { pressQuestionMark, runMenuCommand } from '@/lib/menuCommands'
import { useDesktopStore } from '@/stores/desktop'
import { useImportStore } from '@/stores/importFlow'

/**
 * Connects the native application menu to the UI, then tells the backend the
 * UI is ready for files opened with the app. Call it after the shell has
 * registered its dropped-files listener: opened files arrive on that event.
 */
export function useMenuCommands(): void {
  const router = useRouter()
  const importFlow = useImportStore()
  const desktop = useDesktopStore()
  const message = useMessage()
  const { t } = useI18n()
  const offs: (() => void)[] = []

  onMounted(() => {
    offs.push(
      onMenuCommand((command) =>
        void runMenuCommand(command, {
          navigate: (path) => router.push(path),
          startImport: () => void importFlow.start(),
          openAbout: desktop.openAbout,
          requestScorecardExport: desktop.requestScorecardExport,
          showShortcuts: () => pressQuestionMark(),
        }),
      ),
    )
    offs.push(
      onDiagnosticsCopied((r) => {
        if (r.ok) message.success(t('about.diagnosticsCopied', { lines: r.logLines ?? 0 }))
        else message.error(t('about.diagnosticsFailed', { message: r.message ?? '' }), { duration: 8000 })
      }),
    )
    uiReady().catch(() => {
      // Without the backend (plain browser preview) there is nothing to receive.
    })
  })
  onBeforeUnmount(() => offs.forEach((off) => off()))
}
