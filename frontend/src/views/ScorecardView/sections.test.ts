import { describe, expect, it } from 'vitest'
import type { Tile } from '@/api/scorecard'
import { SECTIONS, arrange, defaultFilter, drillKindOf, sectionOf } from './sections'

const tile = (key: string) => ({ key }) as Tile

describe('scorecard sections', () => {
  it('places every catalog metric once, four tiles at most per section', () => {
    const keys = SECTIONS.flatMap((s) => s.metrics)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys.length).toBe(20)
    expect(Math.max(...SECTIONS.map((s) => s.metrics.length))).toBeLessThanOrEqual(4)
  })

  it('keeps unknown metrics in an "other" section', () => {
    const out = arrange([tile('orders'), tile('refund_rate'), tile('brand_new')])
    expect(out.map((s) => s.key)).toEqual(['sales', 'refunds', 'other'])
    expect(out[2]!.tiles.map((t) => t.key)).toEqual(['brand_new'])
    expect(sectionOf('within_12h')).toBe('response')
  })

  it('drills into the records that make a number', () => {
    expect(drillKindOf('refund_rate')).toBe('lines')
    expect(drillKindOf('repeat_60')).toBe('buyers')
    expect(drillKindOf('missing_parts')).toBe('tickets')
    expect(drillKindOf('negative_comment_rate')).toBe('comments')
    expect(defaultFilter('refund_rate')).toBe('refunded')
    expect(defaultFilter('orders')).toBe('')
  })
})
