// The response deadline of a dispute as a short countdown ("2d 4h left")
// with a tone: amber in the last day, red once overdue, neutral once the
// platform decided. Pure, so the rules are tested without a screen.

export type CountdownTone = 'decided' | 'overdue' | 'soon' | 'ok'

/** A duration as an i18n key under supportTabs.duration and its numbers. */
export interface DurationText {
  key: string
  named: Record<string, number>
}

export interface CountdownView {
  tone: CountdownTone
  /** i18n key of the whole label; {time} is the duration's text. */
  key: string
  time: DurationText | null
}

const MINUTE = 60
const HOUR = 3600
const DAY = 86400
/** Under this much time left the countdown turns amber. */
const SOON_SECONDS = DAY

/** "2d 4h", "5h 12m", "7m", rounded down, for seconds >= 0. */
export function durationText(seconds: number): DurationText {
  const s = Math.max(0, Math.floor(seconds))
  const d = Math.floor(s / DAY)
  const h = Math.floor((s % DAY) / HOUR)
  const m = Math.floor((s % HOUR) / MINUTE)
  const base = 'supportTabs.duration.'
  if (d > 0) return h > 0 ? { key: base + 'dh', named: { d, h } } : { key: base + 'd', named: { d } }
  if (h > 0) return m > 0 ? { key: base + 'hm', named: { h, m } } : { key: base + 'h', named: { h } }
  if (m > 0) return { key: base + 'm', named: { m } }
  return { key: base + 'underMinute', named: {} }
}

/** The countdown of a dispute due at deadlineAt (Unix seconds) seen at now. */
export function disputeCountdown(deadlineAt: number, outcome: string, now: number): CountdownView {
  if (outcome) return { tone: 'decided', key: 'supportTabs.disputes.decided', time: null }
  const left = deadlineAt - now
  if (left < 0) return { tone: 'overdue', key: 'supportTabs.disputes.overdue', time: durationText(-left) }
  return { tone: left < SOON_SECONDS ? 'soon' : 'ok', key: 'supportTabs.disputes.left', time: durationText(left) }
}

/** Evidence gathered out of what the dispute's kind needs; extra items do not count. */
export function evidenceProgress(gathered: string[], needed: string[]): { done: number; total: number; missing: string[] } {
  const have = new Set(gathered)
  const missing = needed.filter((e) => !have.has(e))
  return { done: needed.length - missing.length, total: needed.length, missing }
}

/** The pill style of an outcome: won is good news, lost bad, the rest in between. */
export function outcomeTone(outcome: string): 'success' | 'error' | 'warning' | 'info' | 'default' {
  switch (outcome) {
    case 'won':
      return 'success'
    case 'lost':
      return 'error'
    case 'partial_refund':
      return 'warning'
    case 'buyer_withdrew':
      return 'info'
    default:
      return 'default'
  }
}
