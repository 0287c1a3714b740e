// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { byteToIndex, highlightSegments, sortFindings } from './highlight'
import { relativeKey, relativeTime } from './relative'
import { moveIndex, queueCommand } from './queueKeys'
import type { Finding } from '@/api/types'

const f = (start: number, end: number, severity = 'block', rule = 'incentive', match = ''): Finding =>
  ({ rule, severity, match, start, end, why: 'why' })
const bytes = (s: string) => new TextEncoder().encode(s).length

describe('highlightSegments', () => {
  it('cuts plain ASCII text at the findings', () => {
    const text = 'Leave a 5-star review and get 10% off'
    const start = text.indexOf('5-star')
    const segs = highlightSegments(text, [f(start, start + 6)])
    expect(segs.map((s) => s.text)).toEqual(['Leave a ', '5-star', ' review and get 10% off'])
    expect(segs[1]!.finding?.rule).toBe('incentive')
  })
  it('converts UTF-8 byte offsets (emoji, accents, Japanese)', () => {
    const text = 'Hi José 👋 ありがとう — get a coupon now'
    const start = bytes(text.slice(0, text.indexOf('coupon')))
    const segs = highlightSegments(text, [f(start, start + 6)])
    expect(segs.find((s) => s.finding)!.text).toBe('coupon')
    expect(segs.map((s) => s.text).join('')).toBe(text)
  })
  it('skips findings without a place, keeps the first of overlaps', () => {
    const text = 'free gift inside'
    const segs = highlightSegments(text, [f(-1, -1), f(5, 9, 'warn'), f(0, 9), f(5, 9)])
    expect(segs.map((s) => s.text)).toEqual(['free gift', ' inside'])
  })
  it('returns one plain piece without findings, also for empty text', () => {
    expect(highlightSegments('hello', [])).toEqual([{ text: 'hello', finding: null }])
    expect(highlightSegments('', [])).toEqual([{ text: '', finding: null }])
  })
  it('clamps offsets beyond the text', () => {
    const to = byteToIndex('abc')
    expect(to(-3)).toBe(0)
    expect(to(10)).toBe(3)
  })
})

describe('sortFindings', () => {
  it('puts blocking first and drops duplicates', () => {
    const out = sortFindings([f(0, 1, 'warn', 'length', 'x'), f(0, 1, 'block', 'steering', '5 stars'), f(9, 10, 'block', 'steering', '5 Stars')])
    expect(out.map((x) => x.rule)).toEqual(['steering', 'length'])
  })
})

describe('relativeTime', () => {
  const now = 1_700_000_000
  it('picks a unit', () => {
    expect(relativeTime(now + 30, now)).toEqual({ unit: 'now', n: 0, past: false })
    expect(relativeTime(now - 5 * 60, now)).toEqual({ unit: 'minute', n: 5, past: true })
    expect(relativeTime(now + 3 * 3600 + 100, now)).toEqual({ unit: 'hour', n: 3, past: false })
    expect(relativeTime(now - 30 * 3600, now)).toEqual({ unit: 'hour', n: 30, past: true })
    expect(relativeTime(now - 3 * 86400, now)).toEqual({ unit: 'day', n: 3, past: true })
  })
  it('names the i18n key', () => {
    expect(relativeKey(relativeTime(now, now))).toBe('rel.now')
    expect(relativeKey(relativeTime(now - 7200, now))).toBe('rel.ago.hour')
    expect(relativeKey(relativeTime(now + 3 * 86400, now))).toBe('rel.in.day')
  })
})

describe('queue keys', () => {
  const ev = (key: string, extra: Partial<{ ctrlKey: boolean; target: EventTarget | null }> = {}) =>
    ({ key, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra })
  it('maps the shortcuts', () => {
    expect(['j', 'k', 'c', 's', 'x', 'ArrowDown', 'q'].map((k) => queueCommand(ev(k)))).toEqual(['next', 'prev', 'copy', 'sent', 'toggle', 'next', null])
  })
  it('ignores modifiers and typing', () => {
    expect(queueCommand(ev('c', { ctrlKey: true }))).toBeNull()
    expect(queueCommand(ev('s', { target: document.createElement('textarea') }))).toBeNull()
    expect(queueCommand(ev('j', { target: document.createElement('input') }))).toBeNull()
    expect(queueCommand(ev('j', { target: document.createElement('div') }))).toBe('next')
  })
  it('moves within bounds', () => {
    expect(moveIndex(-1, 1, 5)).toBe(0)
    expect(moveIndex(-1, -1, 5)).toBe(4)
    expect(moveIndex(4, 1, 5)).toBe(4)
    expect(moveIndex(0, -1, 5)).toBe(0)
    expect(moveIndex(2, 1, 0)).toBe(-1)
  })
})
