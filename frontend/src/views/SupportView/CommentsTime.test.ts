import { describe, expect, it } from 'vitest'
import { pickerToShopSeconds, shopSecondsToPicker } from './CommentsTime'

// A picker value is a wall clock in the computer's zone, whatever it is.
const picker = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime()

describe('posted time in the shop zone', () => {
  it('reads the picked wall clock in the shop zone', () => {
    // 09:30 in Los Angeles on 3 March 2026 (PST, UTC-8) is 17:30 UTC.
    expect(pickerToShopSeconds(picker(2026, 3, 3, 9, 30), 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 3, 17, 30) / 1000)
    // Summer time: 09:30 PDT (UTC-7) is 16:30 UTC.
    expect(pickerToShopSeconds(picker(2026, 7, 1, 9, 30), 'America/Los_Angeles')).toBe(Date.UTC(2026, 6, 1, 16, 30) / 1000)
  })

  it('round-trips a shop time through the picker', () => {
    const t = Date.UTC(2026, 10, 2, 3, 15) / 1000
    for (const zone of ['UTC', 'Asia/Jakarta', 'America/New_York', 'Europe/London']) {
      expect(pickerToShopSeconds(shopSecondsToPicker(t, zone), zone)).toBe(t)
    }
  })

  it('treats an unknown zone as UTC', () => {
    expect(pickerToShopSeconds(picker(2026, 1, 5, 12, 0), 'Not/AZone')).toBe(Date.UTC(2026, 0, 5, 12, 0) / 1000)
  })
})
