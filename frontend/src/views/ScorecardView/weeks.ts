// ISO 8601 weeks as the scorecard names them (YYYY-Www): weeks start on
// Monday and week 1 holds the year's first Thursday. Pure civil-date math in
// UTC: a week is a run of calendar days, whatever the shop's zone.

export interface IsoWeek {
  year: number
  num: number
}

const DAY = 86_400_000
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Reads "2026-W46" (also "2026W46"); null when it is not a week. */
export function parseWeek(s: string): IsoWeek | null {
  const m = /^(\d{4})-?W(\d{1,2})$/i.exec(s.trim())
  if (!m) return null
  const year = Number(m[1])
  const num = Number(m[2])
  if (num < 1 || num > weeksInYear(year)) return null
  return { year, num }
}

export function formatWeek(w: IsoWeek): string {
  return `${w.year}-W${String(w.num).padStart(2, '0')}`
}

function weeksInYear(year: number): number {
  return isoWeekOf(new Date(Date.UTC(year, 11, 28))).num
}

/** The ISO week holding a UTC civil date. */
export function isoWeekOf(d: Date): IsoWeek {
  const day = (d.getUTCDay() + 6) % 7 // 0 = Monday
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3))
  const year = thursday.getUTCFullYear()
  const jan1 = Date.UTC(year, 0, 1)
  return { year, num: Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1 }
}

/** The week's Monday as midnight UTC. */
function mondayOf(w: IsoWeek): Date {
  const jan4 = new Date(Date.UTC(w.year, 0, 4))
  const offset = (jan4.getUTCDay() + 6) % 7
  return new Date(jan4.getTime() + ((w.num - 1) * 7 - offset) * DAY)
}

/** Moves a YYYY-Www week by n weeks (negative = earlier). */
export function addWeeks(week: string, n: number): string {
  const w = parseWeek(week)
  if (!w) return week
  return formatWeek(isoWeekOf(new Date(mondayOf(w).getTime() + n * 7 * DAY)))
}

/** Negative when a is before b. */
export function compareWeeks(a: string, b: string): number {
  const x = parseWeek(a)
  const y = parseWeek(b)
  if (!x || !y) return a.localeCompare(b)
  return x.year - y.year || x.num - y.num
}

/** "Nov 9–15, 2026", "Oct 26 – Nov 1, 2026", "Dec 28, 2026 – Jan 3, 2027". */
export function weekDays(week: string): string {
  const w = parseWeek(week)
  if (!w) return week
  const a = mondayOf(w)
  const b = new Date(a.getTime() + 6 * DAY)
  const ma = MONTHS[a.getUTCMonth()]
  const mb = MONTHS[b.getUTCMonth()]
  if (a.getUTCFullYear() !== b.getUTCFullYear()) {
    return `${ma} ${a.getUTCDate()}, ${a.getUTCFullYear()} – ${mb} ${b.getUTCDate()}, ${b.getUTCFullYear()}`
  }
  if (ma !== mb) return `${ma} ${a.getUTCDate()} – ${mb} ${b.getUTCDate()}, ${b.getUTCFullYear()}`
  return `${ma} ${a.getUTCDate()}–${b.getUTCDate()}, ${b.getUTCFullYear()}`
}

/** "Nov 9" for chart axes. */
export function weekStartShort(week: string): string {
  const w = parseWeek(week)
  if (!w) return week
  const a = mondayOf(w)
  return `${MONTHS[a.getUTCMonth()]} ${a.getUTCDate()}`
}

export function weekNumber(week: string): number {
  return parseWeek(week)?.num ?? 0
}

/** The n weeks ending with latest, newest first. */
export function recentWeeks(latest: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addWeeks(latest, -i))
}

/**
 * The picker's choices, newest first: the weeks that have data plus the
 * shown week when it is not one of them (a week typed into the address).
 */
export function pickerWeeks(weeks: string[], shown: string): string[] {
  const list = [...weeks]
  if (shown && parseWeek(shown) && !list.includes(shown)) list.push(shown)
  return list.sort((a, b) => compareWeeks(b, a))
}

/** "Nov 15" for a date in the given year, else "Nov 15, 2025"; from formatDate's "Nov 15, 2025". */
export function dayWithoutYear(formatted: string, year: number): string {
  return formatted.endsWith(`, ${year}`) ? formatted.slice(0, -`, ${year}`.length) : formatted
}
