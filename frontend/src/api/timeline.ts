import * as TimelineService from '../../wailsjs/go/service/TimelineService'
import { domain, service } from '../../wailsjs/go/models'
import { call } from './errors'
import type {
  Finding, Message, MessageTemplate, OrderTimeline, Placeholder, QueueFilter, QueueItem, QueuePage, QueueTab, StageCounts,
  StageRef, TemplatePreview, TemplateView, TimelineAction, TimelineSettings,
} from './types'

// The generated models mark slices that Go may send as null as arrays; the UI
// always gets arrays and objects.
function message<T extends { findings?: Finding[] | null; unfilled?: string[] | null }>(m: T): T & Message {
  return { ...(m as T & Message), findings: m.findings ?? [], unfilled: m.unfilled ?? [] }
}
const action = (a: TimelineAction | null | undefined): TimelineAction | null => a ?? null

export async function queue(tab: QueueTab, filter: QueueFilter): Promise<QueuePage> {
  const p = await call(() => TimelineService.Queue(tab, service.QueueFilter.createFrom(filter)))
  const items: QueueItem[] = (p.items ?? []).map((i) => ({ ...message(i), action: action(i.action) }))
  return { tab: p.tab, total: p.total ?? 0, offset: p.offset ?? 0, counts: p.counts ?? {}, items }
}

export async function stageCounts(): Promise<StageCounts> {
  const c = await call(() => TimelineService.StageCounts())
  return { due: c.due ?? 0, overdue: c.overdue ?? 0, byStage: c.byStage ?? {} }
}

export async function orderTimeline(orderId: number): Promise<OrderTimeline> {
  const t = await call(() => TimelineService.OrderTimeline(orderId))
  return {
    orderId: t.orderId,
    externalOrderId: t.externalOrderId,
    stages: (t.stages ?? []).map((s) => ({ ...message(s), action: action(s.action) })),
  }
}

/** Renders the message, puts it on the native clipboard and returns the text. */
export function copyMessage(orderId: number, stage: string): Promise<string> {
  return call(() => TimelineService.Copy(orderId, stage))
}

export function markSent(orderId: number, stage: string, teammateId: number): Promise<void> {
  return call(() => TimelineService.MarkSent(orderId, stage, teammateId))
}

/** All or none: a refused message leaves every selected one as it was. */
export function markSentMany(refs: StageRef[], teammateId: number): Promise<void> {
  return call(() => TimelineService.MarkSentMany(refs.map((r) => service.StageRef.createFrom(r)), teammateId))
}

export function skip(orderId: number, stage: string, reason: string): Promise<void> {
  return call(() => TimelineService.Skip(orderId, stage, reason))
}

/** Hides a due message until `until` (UTC seconds). */
export function snooze(orderId: number, stage: string, until: number): Promise<void> {
  return call(() => TimelineService.Snooze(orderId, stage, until))
}

export function undoAction(orderId: number, stage: string): Promise<void> {
  return call(() => TimelineService.UndoAction(orderId, stage))
}

function templateView(v: domain.MessageTemplate & { findings?: Finding[] | null; stageLabel: string; purpose: string }): TemplateView {
  return { ...v, fallbacks: v.fallbacks ?? {}, findings: v.findings ?? [] }
}

export async function listTemplates(): Promise<TemplateView[]> {
  return ((await call(() => TimelineService.ListTemplates())) ?? []).map(templateView)
}

/** Refused (invalid_input) when the guard blocks it; details.findings holds the findings as JSON. */
export async function saveTemplate(t: MessageTemplate): Promise<TemplateView> {
  return templateView(await call(() => TimelineService.SaveTemplate(domain.MessageTemplate.createFrom(t))))
}

export async function resetTemplate(stage: string, language: string): Promise<TemplateView> {
  return templateView(await call(() => TimelineService.ResetTemplate(stage, language)))
}

/** Fills a template from a real order (0 = the most recently delivered one). */
export async function previewTemplate(
  stage: string, body: string, fallbacks: Record<string, string>, orderId: number,
): Promise<TemplatePreview> {
  const p = await call(() => TimelineService.PreviewTemplate(stage, body, fallbacks, orderId))
  return { ...message(p), templateFindings: p.templateFindings ?? [], unknownPlaceholders: p.unknownPlaceholders ?? [] }
}

export async function placeholders(): Promise<Placeholder[]> {
  return (await call(() => TimelineService.Placeholders())) ?? []
}

export async function getTimelineSettings(): Promise<TimelineSettings> {
  const s = await call(() => TimelineService.GetTimelineSettings())
  return { ...s, shipWeekdays: s.shipWeekdays ?? [], linkAllowList: s.linkAllowList ?? [] }
}

/** Invalid fields reject with AppError details keyed by field. */
export function saveTimelineSettings(s: TimelineSettings): Promise<TimelineSettings> {
  return call(() => TimelineService.SaveTimelineSettings(domain.TimelineSettings.createFrom(s)))
}

/** The findings an AppError carries in details.findings (JSON), if any. */
export function findingsOf(details: Record<string, string>): Finding[] {
  try {
    const v: unknown = JSON.parse(details.findings ?? '[]')
    return Array.isArray(v) ? (v as Finding[]) : []
  } catch {
    return []
  }
}

/** What a bulk skip did (or would do), with the stages Undo takes back. */
export interface SkipBeforeResult { skipped: number; cutoff: string; cutoffAt: number; refs: StageRef[] }

/** Cut-off for "before my first import". */
export const FIRST_IMPORT = 'first-import'

/** How many due messages became due before the cut-off (a day YYYY-MM-DD or FIRST_IMPORT). */
export async function countBefore(cutoff: string): Promise<SkipBeforeResult> {
  return (await call(() => TimelineService.CountBefore(cutoff))) as unknown as SkipBeforeResult
}

/** Skips every due message older than the cut-off, with one reason. */
export async function skipBefore(cutoff: string, reason: string): Promise<SkipBeforeResult> {
  const r = (await call(() => TimelineService.SkipBefore(cutoff, reason))) as unknown as SkipBeforeResult
  return { ...r, refs: r.refs ?? [] }
}

/** Takes a bulk skip back. */
export function undoSkipped(refs: StageRef[]): Promise<number> {
  return call(() => TimelineService.UndoSkipped(refs.map((r) => service.StageRef.createFrom(r))))
}
