// Support triage facade: the inbox, one ticket, replies, disputes,
// public comments and saved replies. The generated models may carry null for
// empty Go slices and maps; everything here hands the UI arrays and objects.
import * as SupportService from '../../wailsjs/go/service/SupportService'
import { domain, service } from '../../wailsjs/go/models'
import { call } from './errors'
import type { Finding, OrderDetail } from './types'

type Plain<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] }

export type TicketFlow = { proofRequestedAt: number; proofReceived: string[]; answers: Record<string, string>; confirmedAt: number }
export interface Timers {
  answered: boolean
  /** Seconds the buyer has waited (or waited, once answered). */
  waited: number
  left12h: number
  left24h: number
  breached12h: boolean
  breached24h: boolean
}
export type Ticket = Omit<Plain<service.TicketRow>, 'flow' | 'timers' | 'tags'> & { flow: TicketFlow; timers: Timers; tags: string[] }
export type TicketFilter = Plain<service.TicketFilter>
export type InboxPage = { total: number; offset: number; rows: Ticket[] }
export type Option = { key: string; label: string }
export type Subcategory = { key: string; label: string; proof: string[] }
export type Category = { key: string; label: string; subcategories: Subcategory[] }
export type Taxonomy = { categories: Category[]; rootCauses: Option[]; resolutions: Option[] }
export type Question = { key: string; text: string; answers: { key: string; label: string; resolution: string }[] }
export type Suggestion = Plain<import('../../wailsjs/go/models').support.Suggestion>
export type TicketEvent = Plain<domain.TicketEvent>
export type ReturnLine = Plain<domain.ReturnLine>
export interface Countdown {
  deadline: string
  /** Seconds left; negative when overdue. */
  left: number
  overdue: boolean
}
export type Dispute = Omit<Plain<domain.Dispute>, 'evidence'> & { evidence: string[] }
export type DisputeView = Dispute & { countdown: Countdown; needed: string[]; return: ReturnLine | null }
export type DisputeRow = Dispute & { orderExternalId: string; buyerText: string; sku: string; status: string; countdown: Countdown }
export type DisputeChoices = { kinds: { key: string; label: string; evidence: string[] }[]; evidenceLabels: Record<string, string>; outcomes: Option[] }
export interface TicketDetail extends Ticket {
  events: TicketEvent[]
  order: OrderDetail | null
  proof: string[]
  questions: Question[]
  suggested: { resolution: string; pointedAt: string }
  dispute: DisputeView | null
}
export type NewTicket = Plain<service.NewTicket>
export type TicketUpdate = { id: number; teammateId: number; status?: string; category?: string; subcategory?: string;
  assigneeId?: number; orderId?: number; rootCause?: string; resolution?: string; sku?: string; flow?: TicketFlow; tags?: string[] }
export type SavedReply = Omit<Plain<domain.SavedReply>, 'fallbacks'> & { fallbacks: Record<string, string> }
export type { Finding }
export type CopiedReply = { text: string; findings: Finding[]; ticket: Ticket }
export type SupportSettings = Plain<domain.SupportSettings>
export type PublicComment = Plain<domain.PublicComment>
export type CommentFilter = Plain<service.CommentFilter>
export type CommentDraft = { text: string; findings: Finding[] }
export type CommentCluster = { subcategory: string; sku: string; count: number; videos: number; examples: string[]; firstAt: number; lastAt: number }
export type TagCount = { tag: string; count: number }
export type BulkChange = { ids: number[]; teammateId: number; status?: string; assigneeId?: number; addTag?: string; removeTag?: string }

const NS = 1e9
function timers(t: Plain<service.TicketRow>['timers'] | null | undefined): Timers {
  const x = t ?? ({} as Plain<service.TicketRow>['timers'])
  return {
    answered: !!x.answered, waited: (x.waited ?? 0) / NS, left12h: (x.left12h ?? 0) / NS, left24h: (x.left24h ?? 0) / NS,
    breached12h: !!x.breached12h, breached24h: !!x.breached24h,
  }
}
function flow(f: Partial<TicketFlow> | null | undefined): TicketFlow {
  return { proofRequestedAt: f?.proofRequestedAt ?? 0, proofReceived: f?.proofReceived ?? [], answers: f?.answers ?? {}, confirmedAt: f?.confirmedAt ?? 0 }
}
function ticket(r: Plain<service.TicketRow>): Ticket {
  return { ...r, tags: r.tags ?? [], flow: flow(r.flow), timers: timers(r.timers) }
}
function countdown(c: { deadline?: unknown; left?: number; overdue?: boolean } | null | undefined): Countdown {
  return { deadline: String(c?.deadline ?? ''), left: (c?.left ?? 0) / NS, overdue: !!c?.overdue }
}
function disputeView(d: Plain<service.DisputeView> | null | undefined): DisputeView | null {
  if (!d) return null
  return { ...d, evidence: d.evidence ?? [], needed: d.needed ?? [], return: (d.return as ReturnLine | undefined) ?? null, countdown: countdown(d.countdown) }
}

export async function inbox(filter: TicketFilter): Promise<InboxPage> {
  const p = await call(() => SupportService.Inbox(service.TicketFilter.createFrom(filter)))
  return { total: p.total ?? 0, offset: p.offset ?? 0, rows: (p.rows ?? []).map(ticket) }
}

export async function getTicket(id: number): Promise<TicketDetail> {
  const d = await call(() => SupportService.Get(id))
  const o = d.order as unknown as OrderDetail | null
  return {
    ...ticket(d), events: d.events ?? [], proof: d.proof ?? [],
    order: o ? { ...o, lines: o.lines ?? [], returns: o.returns ?? [] } : null,
    questions: (d.questions ?? []).map((q) => ({ ...q, answers: q.answers ?? [] })),
    suggested: { resolution: d.suggested?.resolution ?? '', pointedAt: d.suggested?.pointedAt ?? '' },
    dispute: disputeView(d.dispute as unknown as Plain<service.DisputeView>),
  }
}

export async function taxonomy(): Promise<Taxonomy> {
  const t = await call(() => SupportService.Taxonomy())
  return {
    categories: (t.categories ?? []).map((c) => ({ ...c, subcategories: (c.subcategories ?? []).map((s) => ({ ...s, proof: s.proof ?? [] })) })),
    rootCauses: t.rootCauses ?? [], resolutions: t.resolutions ?? [],
  }
}

export function suggest(text: string): Promise<Suggestion> {
  return call(() => SupportService.Suggest(text))
}

export async function createTicket(n: NewTicket): Promise<Ticket> {
  return ticket(await call(() => SupportService.Create(service.NewTicket.createFrom(n))))
}

export async function updateTicket(u: TicketUpdate): Promise<Ticket> {
  return ticket(await call(() => SupportService.Update(service.TicketUpdate.createFrom(u))))
}

export async function bulk(b: BulkChange): Promise<{ changed: number; undoToken: string }> {
  return call(() => SupportService.Bulk(service.TicketBulk.createFrom(b)))
}

export function undoBulk(token: string): Promise<void> {
  return call(() => SupportService.UndoBulk(token))
}

export async function tags(): Promise<TagCount[]> {
  return (await call(() => SupportService.Tags())) ?? []
}

/** Renders, checks, copies to the clipboard and logs the reply; the first one sets the first response. */
export async function copyReply(ticketId: number, body: string, teammateId: number, inputs: Record<string, string> = {},
  fallbacks: Record<string, string> = {}): Promise<CopiedReply> {
  const r = await call(() => SupportService.CopyReplyWith(service.CopyReplyRequest.createFrom({ ticketId, body, teammateId, inputs, fallbacks })))
  return { text: r.text, findings: r.findings ?? [], ticket: ticket(r.ticket) }
}

export async function savedReplies(): Promise<SavedReply[]> {
  return ((await call(() => SupportService.SavedReplies())) ?? []).map((r) => ({ ...r, fallbacks: r.fallbacks ?? {} }))
}

export async function saveReply(r: SavedReply): Promise<SavedReply> {
  const out = await call(() => SupportService.SaveReply(domain.SavedReply.createFrom(r)))
  return { ...out, fallbacks: out.fallbacks ?? {} }
}

export function deleteReply(id: number): Promise<void> {
  return call(() => SupportService.DeleteReply(id))
}

export function getSupportSettings(): Promise<SupportSettings> {
  return call(() => SupportService.GetSupportSettings())
}

export function saveSupportSettings(s: SupportSettings): Promise<SupportSettings> {
  return call(() => SupportService.SaveSupportSettings(domain.SupportSettings.createFrom(s)))
}

export async function openDispute(ticketId: number, kind: string): Promise<DisputeView> {
  return disputeView(await call(() => SupportService.OpenDispute(ticketId, kind, 0)) as unknown as Plain<service.DisputeView>) as DisputeView
}

export async function saveDispute(d: Dispute): Promise<DisputeView> {
  return disputeView(await call(() => SupportService.SaveDispute(domain.Dispute.createFrom(d))) as unknown as Plain<service.DisputeView>) as DisputeView
}

export function cancelDispute(ticketId: number): Promise<void> {
  return call(() => SupportService.CancelDispute(ticketId))
}

export async function disputes(): Promise<DisputeRow[]> {
  return ((await call(() => SupportService.Disputes())) ?? []).map((d) => ({ ...d, evidence: d.evidence ?? [], countdown: countdown(d.countdown) }))
}

export async function disputeChoices(): Promise<DisputeChoices> {
  const c = await call(() => SupportService.DisputeKinds())
  return { kinds: (c.kinds ?? []).map((k) => ({ ...k, evidence: k.evidence ?? [] })), evidenceLabels: c.evidenceLabels ?? {}, outcomes: c.outcomes ?? [] }
}

export async function comments(f: CommentFilter): Promise<PublicComment[]> {
  return (await call(() => SupportService.Comments(service.CommentFilter.createFrom(f)))) ?? []
}

export function saveComment(c: PublicComment): Promise<PublicComment> {
  return call(() => SupportService.SaveComment(domain.PublicComment.createFrom(c)))
}

/** Deletes and returns the comment (with id 0) so Undo can save it again. */
export function deleteComment(id: number): Promise<PublicComment> {
  return call(() => SupportService.DeleteComment(id))
}

export async function commentDrafts(id: number): Promise<CommentDraft[]> {
  return ((await call(() => SupportService.CommentDrafts(id))) ?? []).map((d) => ({ text: d.text, findings: d.findings ?? [] }))
}

export function copyCommentReply(id: number, text: string): Promise<PublicComment> {
  return call(() => SupportService.CopyCommentReply(id, text))
}

export async function commentClusters(): Promise<CommentCluster[]> {
  return ((await call(() => SupportService.CommentClusters())) ?? []).map((c) => ({ ...c, examples: c.examples ?? [] }))
}

/** Asks where to save (native dialog) and writes the matching tickets; path "" = cancelled. */
export function exportTickets(filter: TicketFilter): Promise<{ path: string; tickets: number }> {
  return call(() => SupportService.ExportTickets(service.TicketFilter.createFrom(filter)))
}

/** Tickets waiting for a first reply and how many are past the target (rail badge). */
export function attention(): Promise<{ waiting: number; breached: number }> {
  return call(() => SupportService.Attention())
}
