import { describe, expect, it } from 'vitest'
import { linePath, points, scaleFor, ticks } from './chart'

describe('chart geometry', () => {
  it('breaks the line where a week has no value', () => {
    const s = scaleFor([1, 2, null, 4])
    const pts = points([1, 2, null, 4], 100, 20, s, 0)
    expect(pts.map((p) => p.i)).toEqual([0, 1, 3])
    const d = linePath(pts)
    expect(d.startsWith('M')).toBe(true)
    expect(d.match(/M/g)!.length).toBe(2)
  })

  it('keeps a flat line and a target on the chart', () => {
    const flat = scaleFor([5, 5, 5])
    expect(flat.min).toBeLessThan(5)
    expect(flat.max).toBeGreaterThan(5)
    const withTarget = scaleFor([0.01, 0.02], [0.05])
    expect(withTarget.max).toBeGreaterThan(0.05)
    expect(scaleFor([null, null])).toEqual({ min: 0, max: 1 })
    expect(scaleFor([3, 4], [], true).min).toBe(0)
  })

  it('picks round ticks', () => {
    expect(ticks({ min: 0, max: 10 }, 5)).toEqual([0, 2, 4, 6, 8, 10])
    expect(ticks({ min: 0, max: 0.05 }, 4)).toEqual([0, 0.02, 0.04])
  })
})
