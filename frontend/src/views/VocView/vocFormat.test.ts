import { describe, expect, it } from 'vitest'
import {
  addDays, decimal, formatDay, formatRange, niceScale, ownerFields, ownerValue, percent, perWeek, pValueText, shopToday, weekOffset,
} from './vocFormat'

describe('calendar days', () => {
  it('formats shop-local days without shifting them through the computer zone', () => {
    expect(formatDay('2026-10-11')).toBe('Oct 11, 2026')
    expect(formatDay('2026-01-01', { short: true, year: 2026 })).toBe('Jan 1')
    expect(formatDay('2025-12-29', { short: true, year: 2026 })).toBe('Dec 29, 2025')
    expect(formatDay('')).toBe('—')
  })

  it('writes a range with the year once when both days share it', () => {
    expect(formatRange('2026-09-13', '2026-10-10')).toBe('Sep 13 – Oct 10, 2026')
    expect(formatRange('2025-12-15', '2026-01-11')).toBe('Dec 15, 2025 – Jan 11, 2026')
  })

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2026-11-09', 6)).toBe('2026-11-15')
    expect(addDays('2026-12-28', 6)).toBe('2027-01-03')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('takes today in the shop zone, not the computer one', () => {
    const late = new Date('2026-03-02T03:00:00Z') // still March 1 in Los Angeles
    expect(shopToday('America/Los_Angeles', late)).toBe('2026-03-01')
    expect(shopToday('Asia/Tokyo', late)).toBe('2026-03-02')
    expect(shopToday('Not/AZone', late)).toBe('2026-03-02')
  })

  it('places a day within a run of weeks', () => {
    expect(weekOffset('2026-10-05', '2026-10-05')).toBe(0)
    expect(weekOffset('2026-10-05', '2026-10-11')).toBeCloseTo(6 / 7)
    expect(weekOffset('2026-10-05', '2026-10-19')).toBe(2)
  })
})

describe('numbers', () => {
  it('shows rates with the counts’ precision and a dash for nothing', () => {
    expect(percent(21 / 111)).toBe('18.9%')
    expect(percent(0)).toBe('0.0%')
    expect(percent(null)).toBe('—')
    expect(decimal(21.6216)).toBe('21.6')
    expect(decimal(null)).toBe('—')
    expect(perWeek(3.25)).toBe('3.3')
    expect(perWeek(4)).toBe('4')
    expect(perWeek(0)).toBe('0')
  })

  it('writes p-values as a reader expects', () => {
    expect(pValueText(0.000139)).toBe('p < 0.001')
    expect(pValueText(0.0421)).toBe('p = 0.042')
    expect(pValueText(null)).toBe('')
  })

  it('rounds the chart axis up to a readable step', () => {
    expect(niceScale(13)).toEqual({ max: 15, step: 5 })
    expect(niceScale(15)).toEqual({ max: 15, step: 5 })
    expect(niceScale(8)).toEqual({ max: 8, step: 2 })
    expect(niceScale(1)).toEqual({ max: 1, step: 1 })
    expect(niceScale(0)).toEqual({ max: 4, step: 1 })
    expect(niceScale(230)).toEqual({ max: 300, step: 100 })
  })
})

describe('owner', () => {
  it('round-trips a team function and a teammate through one select value', () => {
    expect(ownerValue('ops', 0)).toBe('ops')
    expect(ownerValue('teammate', 7)).toBe('teammate:7')
    expect(ownerValue('', 0)).toBe('')
    expect(ownerFields('teammate:7')).toEqual({ owner: 'teammate', ownerTeammateId: 7 })
    expect(ownerFields('supplier')).toEqual({ owner: 'supplier', ownerTeammateId: 0 })
    expect(ownerFields(null)).toEqual({ owner: '', ownerTeammateId: 0 })
  })
})
