import { afterEach, describe, expect, it, vi } from 'vitest'
import { adoptBackendTime, appDate, appNow, appNowSeconds } from './clock'

describe('app clock', () => {
  afterEach(() => {
    adoptBackendTime(Date.now(), Date.now(), Date.now())
    vi.useRealTimers()
  })

  it('follows the backend when it runs on a fixed instant', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-12-07T19:00:00Z'))
    const fixed = Date.parse('2026-03-18T14:00:00Z')
    adoptBackendTime(fixed, Date.now() - 10, Date.now() + 10)
    expect(appNow()).toBe(fixed)
    vi.advanceTimersByTime(90_000)
    expect(appDate().toISOString()).toBe('2026-03-18T14:01:30.000Z')
    expect(appNowSeconds()).toBe(Math.floor(fixed / 1000) + 90)
  })
})
