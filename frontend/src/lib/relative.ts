// "in 3 h" / "2 d ago" for due times (UTC seconds).

export interface Relative {
  /** 'now' within a minute either way. */
  unit: 'now' | 'minute' | 'hour' | 'day'
  n: number
  past: boolean
}

export function relativeTime(seconds: number, nowSeconds: number): Relative {
  const diff = seconds - nowSeconds
  const past = diff < 0
  const abs = Math.abs(diff)
  if (abs < 60) return { unit: 'now', n: 0, past }
  if (abs < 3600) return { unit: 'minute', n: Math.floor(abs / 60), past }
  if (abs < 48 * 3600) return { unit: 'hour', n: Math.floor(abs / 3600), past }
  return { unit: 'day', n: Math.floor(abs / 86400), past }
}

/** i18n key for a Relative: rel.now, rel.ago.hour, rel.in.day … */
export function relativeKey(r: Relative): string {
  return r.unit === 'now' ? 'rel.now' : `rel.${r.past ? 'ago' : 'in'}.${r.unit}`
}
