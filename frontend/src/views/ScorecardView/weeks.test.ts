import { describe, expect, it } from 'vitest'
import { addWeeks, compareWeeks, dayWithoutYear, isoWeekOf, parseWeek, pickerWeeks, recentWeeks, weekDays, weekStartShort } from './weeks'

describe('ISO weeks', () => {
  it('reads and rejects weeks', () => {
    expect(parseWeek('2026-W46')).toEqual({ year: 2026, num: 46 })
    expect(parseWeek('2026w5')).toEqual({ year: 2026, num: 5 })
    expect(parseWeek('2026-W54')).toBeNull()
    expect(parseWeek('2020-W53')).toEqual({ year: 2020, num: 53 })
    expect(parseWeek('2025-W53')).toBeNull()
    expect(parseWeek('2026-W53')).toEqual({ year: 2026, num: 53 })
    expect(parseWeek('nope')).toBeNull()
  })

  it('labels the days of a week, across months and years', () => {
    expect(weekDays('2026-W46')).toBe('Nov 9–15, 2026')
    expect(weekDays('2026-W44')).toBe('Oct 26 – Nov 1, 2026')
    expect(weekDays('2026-W01')).toBe('Dec 29, 2025 – Jan 4, 2026')
    expect(weekStartShort('2026-W46')).toBe('Nov 9')
  })

  it('steps across year ends, including 53-week years', () => {
    expect(addWeeks('2026-W01', -1)).toBe('2025-W52')
    expect(addWeeks('2020-W53', 1)).toBe('2021-W01')
    expect(addWeeks('2021-W01', -1)).toBe('2020-W53')
    expect(addWeeks('2026-W46', 0)).toBe('2026-W46')
    expect(recentWeeks('2026-W02', 3)).toEqual(['2026-W02', '2026-W01', '2025-W52'])
  })

  it('finds the week of a date and orders weeks', () => {
    expect(isoWeekOf(new Date(Date.UTC(2026, 10, 15)))).toEqual({ year: 2026, num: 46 })
    expect(isoWeekOf(new Date(Date.UTC(2026, 10, 16)))).toEqual({ year: 2026, num: 47 })
    expect(isoWeekOf(new Date(Date.UTC(2027, 0, 1)))).toEqual({ year: 2026, num: 53 })
    expect(compareWeeks('2025-W52', '2026-W01')).toBeLessThan(0)
    expect(compareWeeks('2026-W10', '2026-W09')).toBeGreaterThan(0)
  })

  it('offers the weeks with data and the shown week, newest first', () => {
    expect(pickerWeeks(['2026-W50', '2026-W46', '2026-W42'], '2026-W44')).toEqual(['2026-W50', '2026-W46', '2026-W44', '2026-W42'])
    expect(pickerWeeks(['2026-W50', '2026-W46'], '2026-W46')).toEqual(['2026-W50', '2026-W46'])
    expect(pickerWeeks(['2026-W50'], 'nope')).toEqual(['2026-W50'])
  })

  it('drops the year of a date in the current year', () => {
    expect(dayWithoutYear('Nov 15, 2026', 2026)).toBe('Nov 15')
    expect(dayWithoutYear('Nov 15, 2025', 2026)).toBe('Nov 15, 2025')
  })
})
