// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS } from '@/api/desktop'
import { pressQuestionMark, runMenuCommand, type MenuTargets } from './menuCommands'

function targets(): MenuTargets & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    navigate: vi.fn((path: string) => { calls.push(`navigate ${path}`) }),
    startImport: vi.fn(() => { calls.push('import') }),
    openAbout: vi.fn(() => { calls.push('about') }),
    requestScorecardExport: vi.fn(() => { calls.push('request export') }),
    showShortcuts: vi.fn(() => { calls.push('shortcuts') }),
  }
}

describe('application menu commands', () => {
  it.each([
    ['import', ['import']],
    ['settings', ['navigate /settings']],
    ['about', ['about']],
    ['shortcuts', ['shortcuts']],
    // The request comes first, so the scorecard exports as soon as it has loaded.
    ['export-scorecard', ['request export', 'navigate /scorecard']],
    // Back up now belongs to the backup feature's own listener.
    ['backup-now', []],
  ] as const)('%s', async (command, want) => {
    const to = targets()
    await runMenuCommand(command, to)
    expect(to.calls).toEqual(want)
  })

  it('handles every command the menu sends to the UI', async () => {
    for (const c of MENU_COMMANDS) await expect(runMenuCommand(c, targets())).resolves.toBeUndefined()
  })

  it('opens the shortcut sheet with the same "?" a seller presses', () => {
    const seen: string[] = []
    const listener = (e: KeyboardEvent) => seen.push(e.key)
    window.addEventListener('keydown', listener)
    pressQuestionMark()
    window.removeEventListener('keydown', listener)
    expect(seen).toEqual(['?'])
  })
})
