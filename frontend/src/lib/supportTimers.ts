// First-response timer text for the support inbox (TikTok's 12 h window and
// the 24 h one some regions use).

import type { Timers } from '@/api/support'

/** "3h 05m" / "45m" / "2d 4h" for a number of seconds (sign ignored). */
export function formatSpan(seconds: number): string {
  const s = Math.abs(Math.round(seconds))
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  if (d > 0) return h ? `${d}d ${h}h` : `${d}d`
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`
  return `${m}m`
}

export type TimerTone = 'ok' | 'soon' | 'breached' | 'answered' | 'late'

export interface TimerView {
  tone: TimerTone
  /** i18n key under support.timer and the span to fill in. */
  key: 'left' | 'over' | 'answeredIn'
  span: string
}

/** The timer of one target (12 or 24 h): time left, time over, or how fast it was answered. */
export function timerView(t: Timers, target: 12 | 24, soonSeconds = 2 * 3600): TimerView {
  const left = target === 12 ? t.left12h : t.left24h
  const breached = target === 12 ? t.breached12h : t.breached24h
  if (t.answered) return { tone: breached ? 'late' : 'answered', key: 'answeredIn', span: formatSpan(t.waited) }
  if (breached) return { tone: 'breached', key: 'over', span: formatSpan(left) }
  return { tone: left <= soonSeconds ? 'soon' : 'ok', key: 'left', span: formatSpan(left) }
}
