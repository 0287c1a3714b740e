import { describe, expect, it } from 'vitest'
import { formatDate, formatLongTime, formatShortTime, pickerDay } from './dates'

// 2026-01-27 18:03:56 in Asia/Tokyo = 09:03:56 UTC.
const tokyoEvening = Date.UTC(2026, 0, 27, 9, 3, 56) / 1000

describe('shop time formatting', () => {
  it('shows the shop zone, not the computer zone', () => {
    const now = new Date(Date.UTC(2026, 5, 1))
    expect(formatShortTime(tokyoEvening, 'Asia/Tokyo', now)).toBe('Jan 27, 18:03')
    expect(formatShortTime(tokyoEvening, 'America/New_York', now)).toBe('Jan 27, 04:03')
    expect(formatShortTime(tokyoEvening, 'America/Los_Angeles', now)).toBe('Jan 27, 01:03')
  })
  it('adds the year for other years', () => {
    const now = new Date(Date.UTC(2027, 1, 1))
    expect(formatShortTime(tokyoEvening, 'Asia/Tokyo', now)).toBe('Jan 27 2026, 18:03')
  })
  it('uses 24-hour time, with midnight as 00', () => {
    const midnight = Date.UTC(2026, 0, 27, 15, 0, 0) / 1000 // 00:00 in Tokyo on the 28th
    expect(formatShortTime(midnight, 'Asia/Tokyo', new Date(Date.UTC(2026, 3, 1)))).toBe('Jan 28, 00:00')
  })
  it('formats long times and dates, and dashes for unknown', () => {
    expect(formatLongTime(tokyoEvening, 'Asia/Tokyo')).toBe('Tue, Jan 27, 2026, 18:03')
    expect(formatDate(tokyoEvening, 'Asia/Tokyo')).toBe('Jan 27, 2026')
    expect(formatShortTime(0, 'UTC')).toBe('—')
    expect(formatLongTime(0, 'UTC')).toBe('—')
  })
  it('falls back to UTC for an unknown zone', () => {
    expect(formatLongTime(tokyoEvening, 'Mars/Olympus')).toBe('Tue, Jan 27, 2026, 09:03')
  })
})

describe('pickerDay', () => {
  it('returns the local calendar day of a picker timestamp', () => {
    expect(pickerDay(new Date(2026, 0, 5).getTime())).toBe('2026-01-05')
    expect(pickerDay(new Date(2026, 11, 31, 23, 59).getTime())).toBe('2026-12-31')
  })
})
