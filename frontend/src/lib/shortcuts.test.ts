import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SHORTCUTS, type ShortcutScreen } from './shortcuts'
import { en } from '@/i18n/en'

const src = (path: string) => readFileSync(join(__dirname, '..', path), 'utf8')

/** Keys a handler's switch statement reacts to. */
function caseKeys(code: string): Set<string> {
  return new Set([...code.matchAll(/case '([^']+)':/g)].map((m) => m[1]!))
}
const listed = (screen: ShortcutScreen) => new Set(SHORTCUTS[screen].flatMap((s) => s.keys).filter((k) => !k.startsWith('Ctrl+')))

// The sheet lists exactly what each screen's handler does.
describe('shortcut registry', () => {
  const handlers: [ShortcutScreen, string][] = [
    ['orders', 'views/OrdersView/OrdersView.vue'],
    ['timeline', 'lib/queueKeys.ts'],
    ['support', 'views/SupportView/SupportView.vue'],
    ['voc', 'views/VocView/VocView.vue'],
  ]
  for (const [screen, file] of handlers) {
    it(`${screen}: every handled key is on the sheet and every listed key is handled`, () => {
      expect([...listed(screen)].sort()).toEqual([...caseKeys(src(file))].sort())
    })
  }
  it('designer: every listed key is handled', () => {
    const code = src('views/CardDesignerView/CardDesignerView.vue')
    for (const k of SHORTCUTS.designer.flatMap((s) => s.keys)) {
      const needle = k.startsWith('Ctrl+') ? `k === '${k.slice(5)}'` : k
      expect(code, k).toContain(needle)
    }
  })
  it('the shell handles Ctrl+I and ?', () => {
    const code = src('components/AppShell.vue')
    expect(code).toContain("e.key.toLowerCase() === 'i'")
    expect(code).toContain("e.key === '?'")
  })
  it('every description has a message', () => {
    const messages = en as unknown as { shortcuts: Record<string, string> }
    for (const s of Object.values(SHORTCUTS).flat()) expect(messages.shortcuts[s.does.slice('shortcuts.'.length)], s.does).toBeTruthy()
  })
})
