import { appDate } from '@/lib/clock'
// Small, pure formatting for the Voice-of-Customer screens: calendar days
// (shop-local YYYY-MM-DD, never shifted by the computer's zone), rates,
// p-values and the weekly chart's scale.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function split(day: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null
}

/** "2026-10-11" → "Oct 11, 2026"; "Oct 11" with short and the same year as `year`. */
export function formatDay(day: string, opts: { short?: boolean; year?: number } = {}): string {
  const p = split(day)
  if (!p) return day || '—'
  const [y, m, d] = p
  if (opts.short && (opts.year === undefined || opts.year === y)) return `${MONTHS[m - 1]} ${d}`
  return `${MONTHS[m - 1]} ${d}, ${y}`
}

/** "Sep 13 – Oct 10, 2026", the year once when both days share it. */
export function formatRange(from: string, to: string): string {
  const a = split(from)
  const b = split(to)
  if (!a || !b) return `${from} – ${to}`
  if (a[0] === b[0]) return `${formatDay(from, { short: true })} – ${formatDay(to)}`
  return `${formatDay(from)} – ${formatDay(to)}`
}

/** Adds whole calendar days to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const p = split(day)
  if (!p) return day
  const d = new Date(Date.UTC(p[0], p[1] - 1, p[2] + days))
  return d.toISOString().slice(0, 10)
}

/** Today in the shop's time zone as YYYY-MM-DD. */
export function shopToday(zone: string, now: Date = appDate()): string {
  let z = zone || 'UTC'
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: z })
  } catch {
    z = 'UTC'
  }
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** 0.0391 → "3.9%"; null → "—". */
export function percent(rate: number | null | undefined, digits = 1): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—'
  return `${(rate * 100).toFixed(digits)}%`
}

/** 21.62 → "21.6"; null → "—". */
export function decimal(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—'
  return v.toFixed(digits)
}

/** "p < 0.001", "p = 0.042"; "" when the test was undefined. */
export function pValueText(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return ''
  if (p < 0.001) return 'p < 0.001'
  return `p = ${p.toFixed(3)}`
}

/** Frequency per week as the table shows it: "3.25" → "3.3", whole numbers plain. */
export function perWeek(v: number): string {
  if (!v) return '0'
  return Number.isInteger(v) ? String(v) : v.toFixed(1)
}

/** A round top for a bar chart's axis and its gridline steps: 13 → {max: 15, step: 5}. */
export function niceScale(max: number, lines = 4): { max: number; step: number } {
  if (!(max > 0)) return { max: lines, step: 1 }
  const raw = max / lines
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw && Number.isInteger(s)) ?? Math.ceil(raw)
  return { max: Math.ceil(max / step) * step, step }
}

/** Where a day sits in a run of weeks: weeks from the first Monday (fraction for the weekday). */
export function weekOffset(firstMonday: string, day: string): number {
  const a = split(firstMonday)
  const b = split(day)
  if (!a || !b) return -1
  const days = (Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000
  return days / 7
}

/** An entry's owner as one select value: "", a team function ("ops"), or "teammate:ID". */
export function ownerValue(owner: string, teammateId: number): string {
  if (owner === 'teammate') return teammateId ? `teammate:${teammateId}` : ''
  return owner
}

/** The select value back as the entry's two owner fields. */
export function ownerFields(value: string | null | undefined): { owner: string; ownerTeammateId: number } {
  const v = value ?? ''
  if (v.startsWith('teammate:')) return { owner: 'teammate', ownerTeammateId: Number(v.slice(9)) || 0 }
  return { owner: v, ownerTeammateId: 0 }
}
