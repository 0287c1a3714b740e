import type { MenuCommand } from '@/api/desktop'

/** What the menu commands act on; passed in so the rules can be tested. */
export interface MenuTargets {
  navigate: (path: string) => void | Promise<unknown>
  startImport: () => void
  openAbout: () => void
  requestScorecardExport: () => void
  /** Opens the keyboard-shortcut sheet. */
  showShortcuts: () => void
}

/**
 * Carries out a menu command in the UI. Back up now is not handled here: the
 * backup feature listens to its own menu event.
 */
export async function runMenuCommand(command: MenuCommand, to: MenuTargets): Promise<void> {
  switch (command) {
    case 'import':
      to.startImport()
      return
    case 'settings':
      await to.navigate('/settings')
      return
    case 'export-scorecard':
      // The scorecard exports the week it shows once it has loaded.
      to.requestScorecardExport()
      await to.navigate('/scorecard')
      return
    case 'about':
      to.openAbout()
      return
    case 'shortcuts':
      to.showShortcuts()
      return
    case 'backup-now':
      return
  }
}

/**
 * Opens the keyboard-shortcut sheet the way a seller does: the "?" key. The
 * sheet listens for "?" on the window, so the menu item and the key always
 * open the same thing.
 */
export function pressQuestionMark(target: Window = window): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: '?', shiftKey: true, bubbles: true }))
}
