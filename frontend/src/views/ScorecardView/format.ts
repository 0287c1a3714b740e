// How scorecard values read: money in the shop currency (major units), rates
// as percents with changes in percentage points, hours and means with one
// or two decimals. Pure functions, so tiles, tables, charts and tests agree.
import type { Direction, Unit } from '@/api/scorecard'

const DASH = '—'
const MINUS = '−'

const moneyFormats = new Map<string, Intl.NumberFormat>()
function money(currency: string, decimals: number, compact = false): Intl.NumberFormat {
  const key = `${currency}/${decimals}/${compact}`
  let f = moneyFormats.get(key)
  if (!f) {
    try {
      f = new Intl.NumberFormat('en-US', compact
        ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }
        : { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    } catch {
      f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    }
    moneyFormats.set(key, f)
  }
  return f
}

function fixed(n: number, digits: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

export interface Money {
  currency: string
  decimals: number
}

/** A metric's value as the tile shows it; "—" when it cannot be computed. */
export function formatValue(value: number | null, unit: Unit, m: Money = { currency: 'USD', decimals: 2 }): string {
  if (value === null) return DASH
  switch (unit) {
    case 'count': return Math.round(value).toLocaleString('en-US')
    case 'money': return money(m.currency, m.decimals).format(value)
    case 'rate': return `${fixed(value * 100, 1)}%`
    case 'hours': return `${fixed(value, 1)} h`
    case 'stars': return fixed(value, 2)
    case 'words': return fixed(value, 1)
  }
  return String(value)
}

/** A value for a narrow table cell: money of 1,000 and more without cents. */
export function formatCell(value: number | null, unit: Unit, m: Money = { currency: 'USD', decimals: 2 }): string {
  if (value !== null && unit === 'money' && Math.abs(value) >= 1000) return money(m.currency, 0).format(value)
  return formatValue(value, unit, m)
}

/** A short value for chart axes: "$9.2K", "12%", "4.5". */
export function formatAxis(value: number, unit: Unit, m: Money = { currency: 'USD', decimals: 2 }): string {
  switch (unit) {
    case 'count': return Math.abs(value) >= 10_000 ? `${fixed(value / 1000, 0)}K` : fixed(value, Number.isInteger(value) ? 0 : 1)
    case 'money': return money(m.currency, m.decimals, true).format(value)
    case 'rate': return `${fixed(value * 100, value * 100 >= 10 || Number.isInteger(value * 100) ? 0 : 1)}%`
    case 'hours': return `${fixed(value, Number.isInteger(value) ? 0 : 1)} h`
    default: return fixed(value, Number.isInteger(value) ? 0 : 1)
  }
}

/** The change from last week with its sign: "+9", "−$1,213.24", "−0.7 pp". */
export function formatChange(change: number | null, unit: Unit, m: Money = { currency: 'USD', decimals: 2 }): string {
  if (change === null) return DASH
  const sign = change > 0 ? '+' : change < 0 ? MINUS : '±'
  const size = Math.abs(change)
  switch (unit) {
    case 'count': return `${sign}${Math.round(size).toLocaleString('en-US')}`
    case 'money': return `${sign}${money(m.currency, m.decimals).format(size)}`
    case 'rate': return `${sign}${fixed(size * 100, 1)} pp`
    case 'hours': return `${sign}${fixed(size, 1)} h`
    case 'stars': return `${sign}${fixed(size, 2)}`
    case 'words': return `${sign}${fixed(size, 1)}`
  }
  return `${sign}${size}`
}

/** Rounds a change as it is shown, so "+0.0 pp" is treated as no change. */
export function shownChange(change: number | null, unit: Unit): number | null {
  if (change === null) return null
  const digits = unit === 'count' ? 0 : unit === 'rate' ? 3 : unit === 'stars' || unit === 'money' ? 2 : 1
  const r = Number(change.toFixed(digits))
  return r === 0 ? 0 : r
}

/** "▲", "▼" or "=" for a change. */
export function arrow(change: number | null): string {
  if (change === null || change === 0) return '='
  return change > 0 ? '▲' : '▼'
}

/** "≤ 3.0%" for a lower-is-better target, "≥ 4.50" for a higher one. */
export function formatTarget(target: number | null, unit: Unit, direction: Direction, m?: Money): string {
  if (target === null) return ''
  return `${direction === 'down' ? '≤' : '≥'} ${formatValue(target, unit, m)}`
}

/** "3 of 120". */
export function countOf(count: number, of: number): string {
  return `${count.toLocaleString('en-US')} of ${of.toLocaleString('en-US')}`
}

/** Hours between two times as "6.9 h"; "" when one is unknown. */
export function hoursBetween(from: number, to: number): string {
  if (!from || !to) return ''
  return `${fixed((to - from) / 3600, 1)} h`
}
