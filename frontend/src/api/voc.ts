// Voice-of-Customer facade: the log, its suggestions, an entry with
// its weekly counts and linked evidence, and the before/after impact of a
// fix. The generated models may carry null for empty Go slices and optional
// pointers; everything here hands the UI arrays, numbers and explicit nulls.
import * as VocService from '../../wailsjs/go/service/VocService'
import { domain, service, store, type voc } from '../../wailsjs/go/models'
import { call } from './errors'

type Plain<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] }

export type VocEntry = Omit<Plain<domain.VocEntry>, 'skus'> & { skus: string[] }
export type VocFilter = Plain<service.VocFilter>
export type VocSort = 'frequency' | 'updated' | 'shipped' | 'title'
export type VocRow = Omit<Plain<service.VocRow>, 'skus'> & { skus: string[] }
export type VocList = { asOf: number; rows: VocRow[] }
export type VocVerdict = Plain<service.VocVerdict>
/** Pointer fields: only the ones present change. */
export type VocPatch = Partial<Omit<Plain<store.VocPatch>, 'skus'> & { skus: string[] }>

export type Week = Plain<voc.Week>
export type Series = { asOf: number; weeks: Week[]; frequencyPerWeek: number; lastFourWeeks: number }
export type LinkedTicket = Plain<voc.LinkedTicket>
export type LinkedReturn = Plain<voc.LinkedReturn>
export type LinkedReview = Plain<voc.LinkedReview>
export type Linked = {
  tickets: LinkedTicket[]; returns: LinkedReturn[]; reviews: LinkedReview[]
  ticketsTotal: number; returnsTotal: number; reviewsTotal: number
}
/** Rates are fractions (0.04 = 4%), null when there was nothing to divide by. */
export type ImpactWindow = Omit<Plain<voc.Window>, 'refundRate' | 'ticketsPer100Orders'> & {
  refundRate: number | null; ticketsPer100Orders: number | null
}
export type ImpactTest = Omit<Plain<voc.Test>, 'z' | 'pValue'> & { z: number | null; pValue: number | null }
export type Impact = Omit<Plain<voc.Impact>, 'before' | 'after' | 'pValue' | 'refunds' | 'tickets'> & {
  before: ImpactWindow; after: ImpactWindow; pValue: number | null; refunds: ImpactTest; tickets: ImpactTest
}
export type CardRef = Plain<service.VocCardRef>
export type VocDetail = { entry: VocEntry; ownerName: string; fixCard: CardRef | null; series: Series; linked: Linked; impact: Impact | null }

export type Example = Plain<voc.Example>
export type Suggestion = Omit<Plain<voc.Suggestion>, 'skus' | 'examples' | 'prefill'> & {
  skus: string[]; examples: Example[]; prefill: VocEntry
}
export type Suggestions = Omit<Plain<voc.Suggestions>, 'items'> & { items: Suggestion[] }

export type Option = { key: string; label: string }
export type Subcategory = { key: string; label: string }
export type Category = { key: string; label: string; subcategories: Subcategory[] }
export type VocOptions = {
  statuses: Option[]; fixKinds: Option[]; owners: Option[]; categories: Category[]; rootCauses: Option[]; verdicts: Option[]
  defaultImpactWeeks: number; maxImpactWeeks: number
}
export type ExportResult = Plain<service.VocExportResult>

const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

export function entry(e: Plain<domain.VocEntry> | null | undefined): VocEntry {
  const x = (e ?? {}) as Partial<Plain<domain.VocEntry>>
  return {
    id: x.id ?? 0, title: x.title ?? '', category: x.category ?? '', subcategory: x.subcategory ?? '', rootCause: x.rootCause ?? '',
    rootCauseDetail: x.rootCauseDetail ?? '', skus: x.skus ?? [], fix: x.fix ?? '', fixKind: x.fixKind ?? '', fixCardId: x.fixCardId ?? 0,
    fixReference: x.fixReference ?? '', owner: x.owner ?? '', ownerTeammateId: x.ownerTeammateId ?? 0, fixShippedOn: x.fixShippedOn ?? '',
    status: x.status ?? 'open', notes: x.notes ?? '', createdAt: x.createdAt ?? 0, updatedAt: x.updatedAt ?? 0, deletedAt: x.deletedAt ?? 0,
  }
}

function win(w: Partial<Plain<voc.Window>> | null | undefined): ImpactWindow {
  return {
    from: w?.from ?? '', to: w?.to ?? '', start: w?.start ?? 0, end: w?.end ?? 0, orders: w?.orders ?? 0,
    refundedLines: w?.refundedLines ?? 0, eligibleLines: w?.eligibleLines ?? 0, refundRate: num(w?.refundRate),
    tickets: w?.tickets ?? 0, ticketsPer100Orders: num(w?.ticketsPer100Orders),
  }
}

function test(t: Partial<Plain<voc.Test>> | null | undefined): ImpactTest {
  return { z: num(t?.z), pValue: num(t?.pValue), verdict: t?.verdict ?? '', reason: t?.reason ?? '', minPerWindow: t?.minPerWindow ?? 0, moreNeeded: t?.moreNeeded ?? 0 }
}

export function impact(i: Plain<voc.Impact>): Impact {
  return {
    ...i, before: win(i.before), after: win(i.after), pValue: num(i.pValue), refunds: test(i.refunds), tickets: test(i.tickets),
    verdict: i.verdict ?? '', reason: i.reason ?? '', message: i.message ?? '', readyOn: i.readyOn ?? '',
    moreOrdersNeeded: i.moreOrdersNeeded ?? 0, suggestedWeeks: i.suggestedWeeks ?? 0,
  }
}

function row(r: Plain<service.VocRow>): VocRow {
  return { ...r, ...entry(r), frequencyPerWeek: r.frequencyPerWeek ?? 0, lastFourWeeks: r.lastFourWeeks ?? 0, ownerName: r.ownerName ?? '' }
}

function suggestion(s: Plain<voc.Suggestion>): Suggestion {
  return { ...s, skus: s.skus ?? [], examples: s.examples ?? [], prefill: entry(s.prefill) }
}

export async function listEntries(f: VocFilter): Promise<VocList> {
  const l = await call(() => VocService.List(service.VocFilter.createFrom(f)))
  return { asOf: l.asOf ?? 0, rows: (l.rows ?? []).map(row) }
}

/** The fix verdict of each entry (a few refund-rate scans each): ask after the table drew. */
export async function verdicts(ids: number[]): Promise<VocVerdict[]> {
  if (!ids.length) return []
  return (await call(() => VocService.Verdicts(ids))) ?? []
}

export async function getEntry(id: number): Promise<VocDetail> {
  const d = await call(() => VocService.Get(id))
  const l = (d.linked ?? {}) as Partial<Plain<voc.Linked>>
  return {
    entry: entry(d.entry), ownerName: d.ownerName ?? '', fixCard: d.fixCard ?? null,
    series: { asOf: d.series?.asOf ?? 0, weeks: d.series?.weeks ?? [], frequencyPerWeek: d.series?.frequencyPerWeek ?? 0, lastFourWeeks: d.series?.lastFourWeeks ?? 0 },
    linked: {
      tickets: l.tickets ?? [], returns: l.returns ?? [], reviews: l.reviews ?? [],
      ticketsTotal: l.ticketsTotal ?? 0, returnsTotal: l.returnsTotal ?? 0, reviewsTotal: l.reviewsTotal ?? 0,
    },
    impact: d.impact ? impact(d.impact) : null,
  }
}

/** Invalid fields reject with AppError details keyed by field (title, skus, fixShippedOn …). */
export async function createEntry(e: VocEntry): Promise<VocEntry> {
  return entry(await call(() => VocService.Create(domain.VocEntry.createFrom(e))))
}

export async function updateEntry(id: number, patch: VocPatch): Promise<VocEntry> {
  return entry(await call(() => VocService.Update(id, store.VocPatch.createFrom(patch))))
}

export const deleteEntry = (id: number): Promise<void> => call(() => VocService.Delete(id))
export async function restoreEntry(id: number): Promise<VocEntry> {
  return entry(await call(() => VocService.Restore(id)))
}

export async function suggestions(): Promise<Suggestions> {
  const s = await call(() => VocService.Suggest())
  return { ...s, items: (s.items ?? []).map(suggestion) }
}
export const dismissSuggestion = (key: string): Promise<void> => call(() => VocService.Dismiss(key))
export const undismissSuggestion = (key: string): Promise<void> => call(() => VocService.Undismiss(key))

/** The N weeks before vs after the fix shipped (weeks 0 = the default 4). */
export async function entryImpact(id: number, weeks: number): Promise<Impact> {
  return impact(await call(() => VocService.Impact(id, weeks)))
}

/** Asks where to save (native dialog) and writes the log as .xlsx; path "" = cancelled. */
export function exportLog(): Promise<ExportResult> {
  return call(() => VocService.Export())
}

export async function vocOptions(): Promise<VocOptions> {
  const o = await call(() => VocService.Options())
  return {
    statuses: o.statuses ?? [], fixKinds: o.fixKinds ?? [], owners: o.owners ?? [], rootCauses: o.rootCauses ?? [], verdicts: o.verdicts ?? [],
    categories: (o.categories ?? []).map((c) => ({ key: c.key, label: c.label, subcategories: (c.subcategories ?? []).map((s) => ({ key: s.key, label: s.label })) })),
    defaultImpactWeeks: o.defaultImpactWeeks || 4, maxImpactWeeks: o.maxImpactWeeks || 26,
  }
}
