import { describe, expect, it } from 'vitest'
import { buildRows } from './queue'

describe('buildRows', () => {
  it('puts a header before each stage group, in stage order', () => {
    const rows = buildRows(5, { review_request: 2, order_confirmation: 3 }, true)
    expect(rows.map((r) => (r.kind === 'header' ? `H:${r.stage}:${r.count}` : r.index))).toEqual([
      'H:order_confirmation:3', 0, 1, 2, 'H:review_request:2', 3, 4,
    ])
  })
  it('is flat for the done tab and keeps extra items', () => {
    expect(buildRows(2, {}, false).map((r) => r.kind)).toEqual(['item', 'item'])
    expect(buildRows(3, { delivery_day: 1 }, true).map((r) => r.key)).toEqual(['h-delivery_day', 'i0', 'i1', 'i2'])
  })
})
