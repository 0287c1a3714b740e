// Times cross the binding as UTC Unix seconds (0 = unknown). They are shown
// in the shop's time zone, never the computer's, so a teammate abroad sees
// the same day and hour as Seller Center.

import { appDate } from '@/lib/clock'

const cache = new Map<string, Intl.DateTimeFormat>()

function safeZone(zone: string | undefined): string {
  if (!zone) return 'UTC'
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return zone
  } catch {
    return 'UTC'
  }
}

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = zone + JSON.stringify(options)
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { ...options, timeZone: safeZone(zone) })
    cache.set(key, f)
  }
  return f
}

type Parts = Record<string, string>

function parts(seconds: number, zone: string): Parts {
  const f = formatter(zone, {
    year: 'numeric', month: 'short', day: 'numeric', weekday: 'short',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  })
  const out: Parts = {}
  for (const p of f.formatToParts(new Date(seconds * 1000))) out[p.type] = p.value
  return out
}

/** "Jan 27, 18:03" in the shop zone; the year is added when it is not `now`'s year. */
export function formatShortTime(seconds: number, zone: string, now: Date = appDate()): string {
  if (!seconds) return '—'
  const p = parts(seconds, zone)
  const thisYear = parts(Math.floor(now.getTime() / 1000), zone).year
  const day = p.year === thisYear ? `${p.month} ${p.day}` : `${p.month} ${p.day} ${p.year}`
  return `${day}, ${p.hour}:${p.minute}`
}

/** "Tue, Jan 27, 2026, 18:03" in the shop zone; "—" when unknown. */
export function formatLongTime(seconds: number, zone: string): string {
  if (!seconds) return '—'
  const p = parts(seconds, zone)
  return `${p.weekday}, ${p.month} ${p.day}, ${p.year}, ${p.hour}:${p.minute}`
}

/** "Jan 27, 2026" in the shop zone; "—" when unknown. */
export function formatDate(seconds: number, zone: string): string {
  if (!seconds) return '—'
  const p = parts(seconds, zone)
  return `${p.month} ${p.day}, ${p.year}`
}

/**
 * The calendar day a date picker value stands for, as YYYY-MM-DD. Pickers
 * hand out midnight in the computer's zone; the day the user clicked is what
 * the backend needs (it applies the shop zone itself).
 */
export function pickerDay(timestamp: number): string {
  const d = new Date(timestamp)
  const m = String(d.getMonth() + 1).padStart(2, '0')
  const day = String(d.getDate()).padStart(2, '0')
  return `${d.getFullYear()}-${m}-${day}`
}
