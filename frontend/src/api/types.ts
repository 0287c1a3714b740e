// Plain data types for the UI, derived from the generated Wails models so a
// Go field change shows up as a type error here. The generated classes carry
// a helper method; the UI deals in plain objects.
import type { domain, importer, imports, service, store } from '../../wailsjs/go/models'

type Plain<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] }

export type AppStatus = Plain<service.AppStatus>
export type Settings = Plain<domain.Settings>
export type TeamMember = Plain<domain.TeamMember>
export type RowError = Plain<domain.RowError>
export type ImportBatch = Omit<Plain<domain.ImportBatch>, 'errors'> & { errors: RowError[] }
export type Order = Plain<domain.Order>
export type OrderLine = Plain<domain.OrderLine>
export type OrderReturn = Plain<domain.ReturnLine>
export type OrderRow = Plain<store.OrderRow>
export type OrderPage = { total: number; offset: number; rows: OrderRow[] }
export type OrderDetail = { order: Order; lines: OrderLine[]; returns: OrderReturn[] }
export type OrderFilter = Plain<service.OrderFilter>
export type ImportOptions = Plain<service.ImportOptions>
export type FieldMapping = Plain<imports.FieldMapping>
export type DateSample = Plain<imports.DateSample>
export type ImportPreview = Omit<Plain<imports.Preview>, 'alreadyImported' | 'mapping' | 'errors' | 'dateSample'> & {
  mapping: FieldMapping[]
  alreadyImported: ImportBatch | null
  /** The first rows the import would skip, with reasons. */
  errors: RowError[]
  /** A real cell that reads two ways, when the file cannot settle its date order. */
  dateSample: DateSample | null
}
export type RecordCounts = Plain<imports.RecordCounts>
export type ImportResult = Omit<Plain<imports.Result>, 'errors' | 'records'> & { errors: RowError[]; records: RecordCounts }
export type UndoResult = Plain<importer.UndoResult>
export type DemoResult = Plain<service.DemoResult>

/** importer.Progress: sent with import:progress and demo:progress. */
export interface Progress {
  phase: 'reading' | 'writing' | 'done' | string
  done: number
  total: number
  rowsPerSecond: number
}

/** Every kind of file the one import flow reads. */
export const IMPORT_KINDS = ['orders', 'returns', 'tickets', 'reviews', 'comments'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]
export type Platform = 'tiktok' | 'shopify' | 'other'

/** Normalized order statuses in display order (domain.OrderStatuses). */
export const ORDER_STATUSES = [
  'unpaid', 'awaiting_shipment', 'shipped', 'delivered', 'completed', 'returned', 'cancelled', 'unknown',
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const TEAM_ROLES = ['owner', 'support', 'operations', 'creative'] as const

// Communication timeline (TimelineService) and products (ProductService).
import type { policy, timeline as tl } from '../../wailsjs/go/models'

export type Finding = Plain<policy.Finding>
export type TimelineAction = Plain<domain.TimelineAction>
export type Message = { text: string; findings: Finding[]; unfilled: string[]; blocked: boolean }
export type QueueItem = Omit<Plain<service.QueueItem>, 'action' | 'findings' | 'unfilled'> &
  Message & { action: TimelineAction | null }
export type QueuePage = { tab: string; total: number; offset: number; counts: Record<string, number>; items: QueueItem[] }
export type QueueFilter = Plain<service.QueueFilter>
export type StageCounts = Plain<service.StageCounts>
export type StageView = Omit<Plain<service.StageView>, 'action' | 'findings' | 'unfilled'> &
  Message & { action: TimelineAction | null }
export type OrderTimeline = { orderId: number; externalOrderId: string; stages: StageView[] }
export type StageRef = Plain<service.StageRef>
export type MessageTemplate = Plain<domain.MessageTemplate>
export type TemplateView = Omit<Plain<service.TemplateView>, 'findings'> & { findings: Finding[] }
export type TemplatePreview = Omit<Plain<service.TemplatePreview>, 'findings' | 'unfilled' | 'templateFindings'> &
  Message & { templateFindings: Finding[] }
export type Placeholder = Plain<tl.Placeholder>
export type TimelineSettings = Plain<domain.TimelineSettings>
export type ProductContent = Plain<domain.ProductContent>
export type ProductRow = Omit<Plain<store.ProductRow>, 'content'> & { content: ProductContent }

/** Timeline stages in the order a buyer meets them (domain.Stages). */
export const STAGES = [
  'order_confirmation', 'shipping_update', 'delivery_day', 'support_check_in', 'review_request', 'replenishment',
] as const
export type QueueTab = 'due' | 'upcoming' | 'done'
