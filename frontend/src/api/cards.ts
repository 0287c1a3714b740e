// The insert-card facade: the only place that touches CardService bindings.
import * as CardService from '../../wailsjs/go/service/CardService'
import { cards, service } from '../../wailsjs/go/models'
import { call } from './errors'
import type { Finding } from './types'

export interface Rect { x: number; y: number; w: number; h: number }
export interface Run { x: number; y: number; w: number; text: string }
export interface QRGrid { modules: number; runs: [number, number, number][]; content: string }
export interface Item {
  kind: 'rect' | 'line' | 'image' | 'qr' | 'text'
  elementId?: string
  x: number; y: number; w?: number; h?: number
  x2?: number; y2?: number
  fill?: string; stroke?: string; strokeMm?: number; radiusMm?: number
  image?: string; dpi?: number; clip?: Rect | null
  qr?: QRGrid | null
  font?: string; family?: string; style?: string; sizePt?: number; sizeMm?: number; color?: string
  runs?: Run[]
}
export interface ImageAsset { mime: string; data: string; widthPx: number; heightPx: number }
export interface FontRef { key: string; family: string; style: string }
export interface CardWarning { code: string; elementId?: string; message: string }
export interface TextFinding extends Finding { elementId: string; field: string }
export interface DisplayList {
  schema: number; side: string; widthMm: number; heightMm: number; bleedMm: number; safeMm: number
  trim: Rect; bleed: Rect; safe: Rect
  items: Item[]; images: Record<string, ImageAsset>; fonts: FontRef[]
  warnings: CardWarning[]; findings: TextFinding[]
}
export interface Element {
  id: string; type: 'text' | 'image' | 'qr' | 'rect' | 'line'
  x: number; y: number; w: number; h: number; z?: number
  text?: string; font?: string; sizePt?: number; bold?: boolean; italic?: boolean
  align?: string; valign?: string; lineHeight?: number; color?: string
  src?: string; content?: string
  fill?: string; stroke?: string; strokeMm?: number; radiusMm?: number
}
export interface Side { background: { color: string; image?: string }; elements: Element[] }
export interface Design {
  schema: number; name: string; kind: string
  size: { preset: string; widthMm: number; heightMm: number; orientation: string; unit: string }
  bleedMm: number; safeMm: number; front: Side; back?: Side | null
}
export interface CardSummary { id: number; name: string; kind: string; size: string; updatedAt: number; hasThumbnail: boolean }
export interface CardView { id: number; design: Design; updatedAt: number; deletedAt: number }
export interface StarterInfo { kind: string; name: string; description: string }
export interface SizePresetInfo { key: string; label: string; widthMm: number; heightMm: number; metric: boolean; bleedMm: number }
export interface CardField { key: string; label: string; list?: string }
export interface FontInfo { family: string; styles: string[]; bundled: boolean }
export interface BrandKit {
  primaryColor: string; accentColor: string; textColor: string; backgroundColor: string
  headingFont: string; bodyFont: string; shopHandle: string; hasLogo: boolean; logoMime?: string; updatedAt: number
}
export type ExportLayout = 'single' | 'letter' | 'a4'
export interface ExportRequest { designId: number; skus: { key: string; qty: number }[]; layout: ExportLayout; cropMarks: boolean }
export interface ExportResult { path: string; pages: number; cards: number; perSheet: number; sheet: string; duplex: string }

/** The Wails bindings appear shortly after the page loads (print route opened directly). */
export async function bindingsReady(timeoutMs = 30_000): Promise<void> {
  const start = Date.now()
  while (!(window as unknown as { go?: { service?: { CardService?: unknown } } }).go?.service?.CardService) {
    if (Date.now() - start > timeoutMs) throw new Error('bindings not ready')
    await new Promise((r) => setTimeout(r, 50))
  }
}

function displayList(d: cards.DisplayList | null): DisplayList {
  const v = d as unknown as DisplayList
  return { ...v, items: v.items ?? [], images: v.images ?? {}, fonts: v.fonts ?? [], warnings: v.warnings ?? [], findings: v.findings ?? [] }
}
const view = (v: service.CardView): CardView => v as unknown as CardView

export async function listCards(): Promise<CardSummary[]> {
  return (await call(() => CardService.List())) ?? []
}
export async function getCard(id: number): Promise<CardView> {
  return view(await call(() => CardService.Get(id)))
}
export async function starters(): Promise<StarterInfo[]> {
  return (await call(() => CardService.Starters())) ?? []
}
export async function createFromStarter(kind: string): Promise<CardView> {
  return view(await call(() => CardService.CreateFromStarter(kind)))
}
/** Invalid designs reject with AppError details keyed by field path. */
export async function saveCard(id: number, design: Design): Promise<CardView> {
  return view(await call(() => CardService.Save(id, JSON.stringify(design))))
}
export async function duplicateCard(id: number): Promise<CardView> {
  return view(await call(() => CardService.Duplicate(id)))
}
export async function renameCard(id: number, name: string): Promise<CardView> {
  return view(await call(() => CardService.Rename(id, name)))
}
export const deleteCard = (id: number): Promise<void> => call(() => CardService.Delete(id))
export const restoreCard = (id: number): Promise<void> => call(() => CardService.Restore(id))

/** Lays out an unsaved design for a SKU ("" = sample text). */
export async function layout(design: Design, sku: string, side: string): Promise<DisplayList> {
  return displayList(await call(() => CardService.Layout(JSON.stringify(design), sku, side)))
}
export async function layoutSaved(id: number, sku: string, side: string): Promise<DisplayList> {
  return displayList(await call(() => CardService.LayoutSaved(id, sku, side)))
}
export async function sizes(): Promise<SizePresetInfo[]> {
  return ((await call(() => CardService.Sizes())) ?? []) as SizePresetInfo[]
}
export async function fields(): Promise<CardField[]> {
  return (await call(() => CardService.Fields())) ?? []
}
export async function fonts(): Promise<FontInfo[]> {
  return ((await call(() => CardService.Fonts())) ?? []).map((f) => ({ ...f, styles: f.styles ?? [] }))
}
/** Asks for a .ttf through the open dialog; null when the seller cancelled. */
export async function addFont(style: string): Promise<FontInfo | null> {
  const f = await call(() => CardService.AddFont(style))
  return f && f.family ? { ...f, styles: f.styles ?? [] } : null
}
/** The face's TrueType file, base64: the same bytes the PDF embeds. */
export const fontData = (family: string, style: string): Promise<string> => call(() => CardService.FontData(family, style))

/** Asks where to save; an empty path means the seller cancelled. */
export async function exportCards(req: ExportRequest): Promise<ExportResult> {
  const r = await call(() => CardService.Export(service.CardExportRequest.createFrom(req)))
  return r as unknown as ExportResult
}

/** One chosen SKU whose card would print with empty fields. */
export interface FieldGap { key: string; name: string; empty: { field: string; label: string; where: 'products' | 'settings' }[] }

/** Which fields each SKU leaves empty on this design, before anything is written (only SKUs with gaps). */
export async function exportCheck(designId: number, skus: string[]): Promise<FieldGap[]> {
  return ((await call(() => CardService.ExportCheck(designId, skus))) ?? []) as unknown as FieldGap[]
}

export const getBrandKit = (): Promise<BrandKit> => call(() => CardService.GetBrandKit()) as Promise<BrandKit>
export const saveBrandKit = (k: BrandKit): Promise<BrandKit> =>
  call(() => CardService.SaveBrandKit(cards.BrandKit.createFrom(k))) as Promise<BrandKit>
export const chooseLogo = (): Promise<BrandKit> => call(() => CardService.ChooseLogo()) as Promise<BrandKit>
export const removeLogo = (): Promise<BrandKit> => call(() => CardService.RemoveLogo()) as Promise<BrandKit>
