// Weekly scorecard facade: one week's tiles, trends, refunds by SKU
// and hints, the records behind a number, targets, the Excel export and the
// reviews and comments imports. The generated models carry null (or leave
// out) values that cannot be computed and empty Go slices; everything here
// hands the UI `number | null` and arrays.
import * as ScorecardService from '../../wailsjs/go/service/ScorecardService'
import { scorecard } from '../../wailsjs/go/models'
import type { domain, store } from '../../wailsjs/go/models'
import { call } from './errors'

type Plain<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] }
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> | null }

export type Unit = 'count' | 'money' | 'rate' | 'hours' | 'stars' | 'words'
export type Direction = 'up' | 'down'
export type Status = 'good' | 'bad' | 'neutral' | 'no_data'
export type MetricKey = string

export type Tile = Omit<Nullable<Plain<scorecard.Tile>, 'value' | 'previous' | 'change' | 'target'>, 'unit' | 'direction' | 'status' | 'trend' | 'spark'> & {
  unit: Unit
  direction: Direction
  status: Status
  /** The change from last week judged by direction: good | bad | neutral. */
  trend: Status
  spark: (number | null)[]
}
export type TrendSeries = { key: MetricKey; values: (number | null)[] }
export type Trend = { weeks: string[]; starts: number[]; series: TrendSeries[] }
export type SKURow = Nullable<Plain<scorecard.SKURow>, 'rate' | 'previousRate' | 'change'>
export type DrillRequest = Plain<scorecard.DrillRequest>
export type Hint = Omit<Plain<scorecard.Hint>, 'drill'> & { drill: DrillRequest | null }
export type Sources = Plain<store.DataSources>
export type WeekMetrics = Plain<scorecard.Metrics>
export interface ScorecardView {
  week: string
  label: string
  timeZone: string
  shopName: string
  currency: string
  currencyDecimals: number
  newestOrderAt: number
  sources: Sources
  metrics: WeekMetrics
  previous: WeekMetrics
  tiles: Tile[]
  trend: Trend
  refundBySku: SKURow[]
  hints: Hint[]
}

export type DrillLine = Plain<store.DrillLine>
export type DrillTicket = Omit<Plain<store.DrillTicket>, 'flow' | 'tags'> & { tags: string[] }
export type DrillReview = Plain<domain.Review>
export type DrillComment = Plain<domain.PublicComment>
export type DrillBuyer = Plain<store.DrillBuyer>
export type DrillKind = 'lines' | 'tickets' | 'reviews' | 'comments' | 'buyers'
export interface DrillResult {
  kind: DrillKind
  week: string
  metric: string
  total: number
  offset: number
  lines: DrillLine[]
  tickets: DrillTicket[]
  reviews: DrillReview[]
  comments: DrillComment[]
  buyers: DrillBuyer[]
}

export type Definition = Omit<Nullable<Plain<scorecard.Definition>, 'target'>, 'unit' | 'direction'> & { unit: Unit; direction: Direction }
export type Target = { key: MetricKey; target: number | null; direction: Direction }
export type ExportResult = { path: string; week: string }

const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const nums = (vs: (number | null | undefined)[] | null | undefined): (number | null)[] => (vs ?? []).map(num)

function metrics(m: Plain<scorecard.Metrics> | null | undefined): WeekMetrics {
  const x = (m ?? {}) as Plain<scorecard.Metrics>
  return { ...x, refundBySku: x.refundBySku ?? [], repeat: { ...x.repeat, matureOn: x.repeat?.matureOn ?? [] } } as WeekMetrics
}

function tile(t: Plain<scorecard.Tile>): Tile {
  return {
    ...t, unit: t.unit as Unit, direction: t.direction as Direction, status: t.status as Status, trend: t.trend as Status,
    value: num(t.value), previous: num(t.previous), change: num(t.change), target: num(t.target), spark: nums(t.spark),
    empty: t.empty ?? '', notMature: !!t.notMature, matureOn: t.matureOn ?? 0,
  }
}

function view(v: Plain<scorecard.View>): ScorecardView {
  const tr = v.trend ?? ({} as Plain<scorecard.Trend>)
  return {
    week: v.week, label: v.label, timeZone: v.timeZone, shopName: v.shopName ?? '', currency: v.currency || 'USD',
    currencyDecimals: v.currencyDecimals ?? 2, newestOrderAt: v.newestOrderAt ?? 0,
    sources: v.sources ?? { orders: false, returns: false, tickets: false, reviews: false, comments: false },
    metrics: metrics(v.metrics), previous: metrics(v.previous),
    tiles: (v.tiles ?? []).map(tile),
    trend: { weeks: tr.weeks ?? [], starts: tr.starts ?? [], series: (tr.series ?? []).map((s) => ({ key: s.key, values: nums(s.values) })) },
    refundBySku: (v.refundBySku ?? []).map((r) => ({ ...r, rate: num(r.rate), previousRate: num(r.previousRate), change: num(r.change) })),
    hints: (v.hints ?? []).map((h) => ({ ...h, drill: h.drill ? { ...h.drill } : null })),
  }
}

/** The week the scorecard opens on (YYYY-Www): the last complete week, or the newest week with orders when the data is older. */
export function defaultWeek(): Promise<string> {
  return call(() => ScorecardService.DefaultWeek())
}

/** The weeks the picker offers, newest first, and whether the data ends before the last complete week. */
export type WeekRange = Plain<scorecard.Range>

export async function weekRange(): Promise<WeekRange> {
  const r = await call(() => ScorecardService.Weeks())
  return { default: r.default, current: r.current, weeks: r.weeks ?? [], newestOrderAt: r.newestOrderAt ?? 0, behind: !!r.behind }
}

/** One week's scorecard ("" = the default week). */
export async function getWeek(isoWeek: string): Promise<ScorecardView> {
  return view(await call(() => ScorecardService.Week(isoWeek)))
}

/** One page of the records behind a number. */
export async function drill(req: DrillRequest): Promise<DrillResult> {
  const r = await call(() => ScorecardService.Drill(scorecard.DrillRequest.createFrom(req)))
  return {
    kind: r.kind as DrillKind, week: r.week, metric: r.metric, total: r.total ?? 0, offset: r.offset ?? 0,
    lines: r.lines ?? [],
    tickets: (r.tickets ?? []).map(({ flow: _flow, ...t }) => ({ ...t, tags: t.tags ?? [] })),
    reviews: r.reviews ?? [], comments: r.comments ?? [], buyers: r.buyers ?? [],
  }
}

/** Every metric's label, unit, direction, default target and definition. */
export async function definitions(): Promise<Definition[]> {
  return ((await call(() => ScorecardService.Metrics())) ?? []).map((d) => ({
    ...d, unit: d.unit as Unit, direction: d.direction as Direction, target: num(d.target),
  }))
}

function targetList(list: Plain<scorecard.Target>[] | null | undefined): Target[] {
  return (list ?? []).map((t) => ({ key: t.key, target: num(t.target), direction: t.direction as Direction }))
}

export async function targets(): Promise<Target[]> {
  return targetList(await call(() => ScorecardService.Targets()))
}

/** Saves targets (null = no target); returns every target as now saved. */
export async function saveTargets(list: Target[]): Promise<Target[]> {
  // Go reads a JSON null as "no target"; the generated class would drop it.
  const body = list.map((t) => ({ key: t.key, target: t.target, direction: t.direction })) as unknown as scorecard.Target[]
  return targetList(await call(() => ScorecardService.SaveTargets(body)))
}

export async function resetTargets(): Promise<Target[]> {
  return targetList(await call(() => ScorecardService.ResetTargets()))
}

/** Asks where to save and writes the week's workbook; path "" = cancelled. */
export async function exportWeek(isoWeek: string): Promise<ExportResult> {
  const r = await call(() => ScorecardService.Export(isoWeek))
  return { path: r.path ?? '', week: r.week ?? isoWeek }
}

export function openExport(path: string): Promise<void> {
  return call(() => ScorecardService.OpenExport(path))
}

