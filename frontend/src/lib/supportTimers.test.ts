import { describe, expect, it } from 'vitest'
import { formatSpan, timerView } from './supportTimers'

const base = { answered: false, waited: 0, left12h: 0, left24h: 0, breached12h: false, breached24h: false }

describe('support timers', () => {
  it('formats spans', () => {
    expect(formatSpan(45 * 60)).toBe('45m')
    expect(formatSpan(3 * 3600 + 5 * 60)).toBe('3h 05m')
    expect(formatSpan(-(2 * 86400 + 4 * 3600))).toBe('2d 4h')
    expect(formatSpan(3 * 86400 + 20 * 60)).toBe('3d')
  })
  it('counts down, warns under two hours, and turns red when breached', () => {
    expect(timerView({ ...base, waited: 3600, left12h: 11 * 3600, left24h: 23 * 3600 }, 12)).toEqual({ tone: 'ok', key: 'left', span: '11h 00m' })
    expect(timerView({ ...base, waited: 11 * 3600, left12h: 3600, left24h: 13 * 3600 }, 12).tone).toBe('soon')
    expect(timerView({ ...base, waited: 13 * 3600, left12h: -3600, left24h: 11 * 3600, breached12h: true }, 12))
      .toEqual({ tone: 'breached', key: 'over', span: '1h 00m' })
    expect(timerView({ ...base, waited: 13 * 3600, left12h: -3600, left24h: 11 * 3600, breached12h: true }, 24).tone).toBe('ok')
  })
  it('shows how fast an answered ticket was answered, red when late', () => {
    expect(timerView({ ...base, answered: true, waited: 2 * 3600, left12h: 10 * 3600 }, 12)).toEqual({ tone: 'answered', key: 'answeredIn', span: '2h 00m' })
    expect(timerView({ ...base, answered: true, waited: 14 * 3600, breached12h: true }, 12).tone).toBe('late')
  })
})
