import { describe, expect, it } from 'vitest'
import { disputeCountdown, durationText, evidenceProgress, outcomeTone } from './DisputesCountdown'

const H = 3600
const D = 86400

describe('dispute countdown', () => {
  it('shows days and hours left, neutral with more than a day', () => {
    const c = disputeCountdown(1000 + 2 * D + 4 * H + 59, '', 1000)
    expect(c.tone).toBe('ok')
    expect(c.key).toBe('supportTabs.disputes.left')
    expect(c.time).toEqual({ key: 'supportTabs.duration.dh', named: { d: 2, h: 4 } })
  })

  it('turns amber in the last 24 hours and shows hours and minutes', () => {
    const c = disputeCountdown(5 * H + 12 * 60, '', 0)
    expect(c.tone).toBe('soon')
    expect(c.time).toEqual({ key: 'supportTabs.duration.hm', named: { h: 5, m: 12 } })
  })

  it('turns red once overdue and says by how much', () => {
    const c = disputeCountdown(0, '', 3 * H)
    expect(c.tone).toBe('overdue')
    expect(c.key).toBe('supportTabs.disputes.overdue')
    expect(c.time?.named).toEqual({ h: 3 })
  })

  it('says decided once an outcome is set, even past the deadline', () => {
    expect(disputeCountdown(0, 'won', 10 * D)).toEqual({ tone: 'decided', key: 'supportTabs.disputes.decided', time: null })
  })

  it('drops zero parts and handles the last minute', () => {
    expect(durationText(3 * D).key).toBe('supportTabs.duration.d')
    expect(durationText(2 * H).key).toBe('supportTabs.duration.h')
    expect(durationText(7 * 60 + 30)).toEqual({ key: 'supportTabs.duration.m', named: { m: 7 } })
    expect(durationText(20).key).toBe('supportTabs.duration.underMinute')
  })
})

describe('evidence progress', () => {
  it('counts only the items the kind needs', () => {
    expect(evidenceProgress(['chat_log', 'buyer_photos', 'packing_photo'], ['listing_photos', 'buyer_photos', 'chat_log', 'offered_solution']))
      .toEqual({ done: 2, total: 4, missing: ['listing_photos', 'offered_solution'] })
  })
})

describe('outcome tone', () => {
  it('colors outcomes by how they went for the shop', () => {
    expect(outcomeTone('won')).toBe('success')
    expect(outcomeTone('lost')).toBe('error')
    expect(outcomeTone('')).toBe('default')
  })
})
