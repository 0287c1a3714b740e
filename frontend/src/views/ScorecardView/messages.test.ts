import { describe, expect, it } from 'vitest'
import { en } from '@/i18n/en'
import { DRILL_FILTERS, SECTIONS } from './sections'

// The scorecard builds many message keys from values (metric, section, drill
// kind, filter, feedback kind): every one of them must exist.
function has(key: string): boolean {
  let node: unknown = en
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string'
}

describe('scorecard messages built from values', () => {
  it('exist for every metric, section, status, drill kind and import kind', () => {
    const kinds = Object.keys(DRILL_FILTERS)
    const keys = [
      ...SECTIONS.flatMap((s) => s.metrics).map((m) => `scorecard.metric.${m}`),
      ...[...SECTIONS.map((s) => s.key), 'other'].map((s) => `scorecard.section.${s}`),
      ...['good', 'bad', 'neutral', 'no_data'].map((s) => `scorecard.status.${s}`),
      ...['orders', 'tickets', 'reviews', 'comments'].map((s) => `scorecard.fill.${s}`),
      ...['overview', 'refunds', 'trends'].map((s) => `scorecard.tabs.${s}`),
      ...Object.entries(DRILL_FILTERS).flatMap(([k, fs]) => fs.map((f) => `scorecard.drill.filter.${k}.${f || 'all'}`)),
      ...kinds.flatMap((k) => [`scorecard.drill.count.${k}`, `scorecard.drill.rowHint.${k}`, `scorecard.hints.open.${k}`]),
      // Reviews and comments import through the one import flow, which names every kind.
      ...['orders', 'returns', 'tickets', 'reviews', 'comments'].flatMap((k) => [`kind.${k}`, `summary.created.${k}`, `import.view.${k}`]),
    ]
    expect(keys.filter((k) => !has(k))).toEqual([])
  })
})
