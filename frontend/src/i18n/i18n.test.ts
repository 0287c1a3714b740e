import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createI18n } from 'vue-i18n'
import { en } from './en'
import { ORDER_STATUSES, TEAM_ROLES } from '@/api/types'
import { AREAS } from '@/router/areas'

const srcDir = join(__dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

function leafKeys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : leafKeys(v as object, `${prefix}${k}.`),
  )
}

const known = new Set(leafKeys(en))

/** Keys used literally in code: t('a.b'), $t("a.b"), te('a.b'). */
function literalKeys(): { key: string; file: string }[] {
  const re = /\b(?:\$?t|te)\(\s*(['"`])([A-Za-z0-9_.]+)\1/g
  return sourceFiles(srcDir).flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    return [...text.matchAll(re)].map((m) => ({ key: m[2]!, file: file.slice(srcDir.length + 1) }))
  })
}

describe('English messages', () => {
  it('define every key the code uses literally', () => {
    const used = literalKeys()
    expect(used.length).toBeGreaterThan(100)
    const missing = used.filter((u) => !known.has(u.key)).map((u) => `${u.key} (${u.file})`)
    expect(missing).toEqual([])
  })

  it('define every key the code builds from a value', () => {
    const families = [
      ...ORDER_STATUSES.map((s) => `status.${s}`),
      ...TEAM_ROLES.map((r) => `role.${r}`),
      ...AREAS.flatMap((a) => [`area.${a.name}.label`, `area.${a.name}.title`]),
      ...['tiktok', 'shopify', 'other'].map((p) => `platform.${p}`),
      ...['orders', 'returns'].map((k) => `kind.${k}`),
      ...['orders', 'returns'].map((k) => `summary.created.${k}`),
      ...['dmy', 'mdy', 'ymd'].map((d) => `dateOrder.${d}`),
      ...['starting', 'reading', 'writing', 'done'].map((p) => `progress.${p}`),
      ...['file', 'row', 'column', 'hint'].map((d) => `errorDetail.${d}`),
    ]
    expect(families.filter((k) => !known.has(k))).toEqual([])
  })

  it('all compile and render without leftover syntax', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
    const named = new Proxy({}, { get: (_, name) => `<${String(name)}>`, has: () => true })
    for (const key of known) {
      for (const n of [0, 1, 5]) {
        const text = i18n.global.t(key, named, n)
        expect(text, key).not.toBe(key)
        expect(text, key).not.toMatch(/[{}]/)
      }
    }
    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
    warn.mockRestore()
    error.mockRestore()
  })
})
