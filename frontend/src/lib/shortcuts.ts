/**
 * Every keyboard shortcut, per screen: the one list the "?" sheet shows. A
 * unit test reads each screen's key handler and fails when a handled key is
 * missing here or a key listed here is no longer handled, so the sheet
 * cannot drift from what the keys do.
 */
export interface Shortcut {
  /** Keys as the handler sees them (KeyboardEvent.key); "Ctrl+" for a held modifier. */
  keys: string[]
  /** i18n key of what it does. */
  does: string
}

export type ShortcutScreen = 'global' | 'orders' | 'timeline' | 'support' | 'voc' | 'designer'

export const SHORTCUTS: Record<ShortcutScreen, Shortcut[]> = {
  global: [
    { keys: ['Ctrl+i'], does: 'shortcuts.import' },
    { keys: ['?'], does: 'shortcuts.sheet' },
  ],
  orders: [
    { keys: ['/'], does: 'shortcuts.search' },
    { keys: ['j', 'ArrowDown'], does: 'shortcuts.next' },
    { keys: ['k', 'ArrowUp'], does: 'shortcuts.prev' },
    { keys: ['Enter'], does: 'shortcuts.openOrder' },
  ],
  timeline: [
    { keys: ['j', 'ArrowDown'], does: 'shortcuts.next' },
    { keys: ['k', 'ArrowUp'], does: 'shortcuts.prev' },
    { keys: ['c'], does: 'shortcuts.copy' },
    { keys: ['s'], does: 'shortcuts.markSent' },
    { keys: ['x'], does: 'shortcuts.select' },
  ],
  support: [
    { keys: ['j', 'ArrowDown'], does: 'shortcuts.next' },
    { keys: ['k', 'ArrowUp'], does: 'shortcuts.prev' },
    { keys: ['Enter'], does: 'shortcuts.openTicket' },
    { keys: ['Escape'], does: 'shortcuts.close' },
    { keys: ['/'], does: 'shortcuts.search' },
    { keys: ['n'], does: 'shortcuts.newTicket' },
    { keys: ['x'], does: 'shortcuts.select' },
    { keys: ['a'], does: 'shortcuts.assignMe' },
    { keys: ['e'], does: 'shortcuts.resolve' },
    { keys: ['r'], does: 'shortcuts.reply' },
  ],
  voc: [
    { keys: ['n'], does: 'shortcuts.newEntry' },
    { keys: ['/'], does: 'shortcuts.search' },
    { keys: ['j', 'ArrowDown'], does: 'shortcuts.next' },
    { keys: ['k', 'ArrowUp'], does: 'shortcuts.prev' },
    { keys: ['Enter'], does: 'shortcuts.openEntry' },
  ],
  designer: [
    { keys: ['Ctrl+s'], does: 'shortcuts.save' },
    { keys: ['Ctrl+z'], does: 'shortcuts.undo' },
    { keys: ['Ctrl+y'], does: 'shortcuts.redo' },
    { keys: ['Delete', 'Backspace'], does: 'shortcuts.delete' },
    { keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'], does: 'shortcuts.nudge' },
    { keys: ['Escape'], does: 'shortcuts.deselect' },
  ],
}

/** The screen whose shortcuts apply on a route (by its route name). */
export function screenOf(routeName: string): ShortcutScreen | null {
  switch (routeName) {
    case 'orders': case 'timeline': case 'support': case 'voc': return routeName
    case 'card-designer': return 'designer'
  }
  return null
}

/** How a key is written on the sheet. */
export function keyLabel(key: string): string {
  const names: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc', Enter: 'Enter', Backspace: '⌫', Delete: 'Del' }
  if (key.startsWith('Ctrl+')) return `Ctrl+${key.slice(5).toUpperCase()}`
  return names[key] ?? key
}
