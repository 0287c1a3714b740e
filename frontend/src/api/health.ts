// Shop health facade: the platform's shop metrics estimated as of a day,
// their 12-week lines, the records behind each, the levers to fix first,
// return reasons to classify and the targets. Rates are fractions 0–1 and
// null when nothing was counted.
import * as HealthService from '../../wailsjs/go/service/HealthService'
import type { health } from '../../wailsjs/go/models'
import { call } from './errors'

type Plain<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] }

export type HealthKey =
  | 'nrr' | 'non_buyer_fault_refund_rate' | 'sfcr' | 'ldr' | 'ldr_rts' | 'otdr' | 'response_rate_12h' | 'response_rate_24h'
export type Compare = 'lt' | 'le' | 'ge'
export type Confidence = 'high' | 'medium' | 'low'
export type HealthStatus = 'good' | 'bad' | 'too_few'

export type HealthMetric = Omit<Plain<health.Metric>, 'rate' | 'key' | 'compare' | 'confidence' | 'status'> & {
  key: HealthKey
  rate: number | null
  compare: Compare
  confidence: Confidence
  status: HealthStatus
}
export type HealthPoint = Omit<Plain<health.Point>, 'rate'> & { rate: number | null }
export type HealthTrend = { key: HealthKey; points: HealthPoint[] }
export type HealthRow = Plain<health.Row>
export type RecordRef = Plain<health.RecordRef>
export type Lever = Omit<Plain<health.Lever>, 'rate' | 'rateIfFixed' | 'records' | 'rows' | 'metric'> & {
  metric: HealthKey
  rate: number | null
  rateIfFixed: number | null
  records: RecordRef[]
  rows: HealthRow[]
}
export interface HealthReport {
  asOf: string
  deliveryDays: number
  metrics: HealthMetric[]
  trends: HealthTrend[]
  levers: Lever[]
}
export type ReasonChoice = Plain<health.ReasonChoice>
export type HealthDefinition = Omit<Plain<health.Definition>, 'key' | 'compare'> & { key: HealthKey; compare: Compare }
export interface HealthSettings {
  targets: Record<string, number>
  deliveryDays: number
}

const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

function report(r: Plain<health.Report>): HealthReport {
  return {
    asOf: r.asOf,
    deliveryDays: r.deliveryDays,
    metrics: (r.metrics ?? []).map((m) => ({ ...m, key: m.key as HealthKey, rate: num(m.rate), compare: m.compare as Compare,
      confidence: m.confidence as Confidence, status: m.status as HealthStatus })),
    trends: (r.trends ?? []).map((t) => ({ key: t.key as HealthKey, points: (t.points ?? []).map((p) => ({ ...p, rate: num(p.rate) })) })),
    levers: (r.levers ?? []).map((l) => ({ ...l, metric: l.metric as HealthKey, rate: num(l.rate), rateIfFixed: num(l.rateIfFixed),
      records: l.records ?? [], rows: l.rows ?? [] })),
  }
}

/** Today in the shop zone (YYYY-MM-DD). */
export function today(): Promise<string> {
  return call(() => HealthService.Today())
}

/** Every metric as of a day ("" = today), with 12-week lines and levers. */
export async function getReport(asOf: string): Promise<HealthReport> {
  return report(await call(() => HealthService.Report(asOf)))
}

/** The orders, returns, reviews or chats behind one metric. */
export async function drill(asOf: string, metric: HealthKey): Promise<HealthRow[]> {
  return (await call(() => HealthService.Drill(asOf, metric))) ?? []
}

export async function definitions(): Promise<HealthDefinition[]> {
  return ((await call(() => HealthService.Metrics())) ?? []).map((d) => ({ ...d, key: d.key as HealthKey, compare: d.compare as Compare }))
}

export async function settings(): Promise<HealthSettings> {
  const s = await call(() => HealthService.Settings())
  return { targets: { ...(s.targets ?? {}) }, deliveryDays: s.deliveryDays }
}

export async function saveSettings(v: HealthSettings): Promise<HealthSettings> {
  const s = await call(() => HealthService.SaveSettings(v as health.Settings))
  return { targets: { ...(s.targets ?? {}) }, deliveryDays: s.deliveryDays }
}

export async function resetSettings(): Promise<HealthSettings> {
  const s = await call(() => HealthService.ResetSettings())
  return { targets: { ...(s.targets ?? {}) }, deliveryDays: s.deliveryDays }
}

/** Return reasons not recognised (and the ones classified by hand). */
export async function reasons(): Promise<ReasonChoice[]> {
  return (await call(() => HealthService.Reasons())) ?? []
}

/** Remember whose fault a reason is: "seller", "buyer", or "" to forget. */
export async function classifyReason(reason: string, fault: 'seller' | 'buyer' | ''): Promise<ReasonChoice[]> {
  return (await call(() => HealthService.ClassifyReason(reason, fault))) ?? []
}

/** Reads today's shop health records in the background (after start-up). */
export function warmHealth(): void {
  HealthService.Warm().catch(() => {
    // only a head start: the Shop health screen reads again and reports errors
  })
}
