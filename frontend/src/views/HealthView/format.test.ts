import { describe, expect, it } from 'vitest'
import { dayToPicker, drillFields, formatRate, formatTarget, isChatMetric } from './format'
import { pickerDay } from '@/lib/dates'

describe('shop health formatting', () => {
  it('writes rates and targets as percents', () => {
    expect(formatRate(0.02)).toBe('2.0%')
    expect(formatRate(null)).toBe('—')
    expect(formatTarget(0.012, 'lt')).toBe('< 1.2%')
    expect(formatTarget(0.04, 'le')).toBe('≤ 4%')
    expect(formatTarget(0.95, 'ge')).toBe('≥ 95%')
  })
  it('round-trips a day through the date picker', () => {
    expect(pickerDay(dayToPicker('2026-03-08'))).toBe('2026-03-08')
  })
  it('shows paid time, deadline and shipped time for late dispatches', () => {
    expect(drillFields('ldr')).toEqual(['orderExternalId', 'paidWeekday', 'paidAt', 'deadline', 'shippedAt'])
    expect(isChatMetric('response_rate_12h')).toBe(true)
    expect(isChatMetric('otdr')).toBe(false)
  })
})
