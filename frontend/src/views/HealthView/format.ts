import type { Compare, HealthKey, HealthRow } from '@/api/health'

/** A fraction as a percent with one decimal ("2.4%"); "—" when unknown. */
export function formatRate(r: number | null | undefined): string {
  if (r === null || r === undefined || !Number.isFinite(r)) return '—'
  return `${(r * 100).toFixed(1)}%`
}

/** A target with its comparison: "< 1.2%", "≤ 4%", "≥ 95%". */
export function formatTarget(target: number, compare: Compare): string {
  const sign = compare === 'lt' ? '<' : compare === 'le' ? '≤' : '≥'
  return `${sign} ${Number((target * 100).toFixed(2))}%`
}

/** The day a "YYYY-MM-DD" names, as a date picker value (local midnight). */
export function dayToPicker(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y!, (m ?? 1) - 1, d ?? 1).getTime()
}

/** Metrics whose rows are chats (they open in Support, not as orders). */
export function isChatMetric(key: HealthKey): boolean {
  return key === 'response_rate_12h' || key === 'response_rate_24h'
}

/** Columns each metric's drill-down shows, in order. */
export function drillFields(key: HealthKey): (keyof HealthRow)[] {
  switch (key) {
    case 'nrr': return ['orderExternalId', 'sku', 'rating', 'reviewedAt', 'deliveredAt']
    case 'non_buyer_fault_refund_rate': return ['orderExternalId', 'sku', 'reason', 'fault', 'requestedAt', 'deliveredAt']
    case 'sfcr': return ['orderExternalId', 'paidAt', 'cancelledAt', 'cancelBy', 'reason']
    case 'ldr': return ['orderExternalId', 'paidWeekday', 'paidAt', 'deadline', 'shippedAt']
    case 'ldr_rts': return ['orderExternalId', 'paidWeekday', 'paidAt', 'deadline', 'rtsAt']
    case 'otdr': return ['orderExternalId', 'paidAt', 'deadline', 'deliveredAt', 'carrier']
    default: return ['orderExternalId', 'openedAt', 'firstResponseAt', 'teammate']
  }
}

/** Waiting time from opening to first response in hours ("13.5 h"). */
export function waitHours(row: HealthRow): string {
  if (!row.firstResponseAt || !row.openedAt) return ''
  return `${((row.firstResponseAt - row.openedAt) / 3600).toFixed(1)} h`
}
