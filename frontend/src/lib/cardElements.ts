// Pure helpers for the card designer: new elements (unique id, default
// geometry centred in the safe area, brand colours), orientation and
// preset sizes, moving several elements at once.
import type { Design, Element, SizePresetInfo } from '@/api/cards'
import { MM_PER_INCH, round2, type Box } from './cardGeometry'

export type ElementType = Element['type']
export interface BrandColors { primaryColor?: string; accentColor?: string; textColor?: string; headingFont?: string; bodyFont?: string }
export type { SizePresetInfo }

/** The first free id "<type>-<n>" on the card (both sides). */
export function newElementId(type: ElementType, taken: Iterable<string>): string {
  const used = new Set(taken)
  let n = 1
  while (used.has(`${type}-${n}`)) n++
  return `${type}-${n}`
}

/** The safe area of a design in mm from the trim's top-left. */
export function safeArea(d: Pick<Design, 'size' | 'safeMm'>): Box {
  const s = Math.max(0, d.safeMm)
  return { x: s, y: s, w: Math.max(1, d.size.widthMm - 2 * s), h: Math.max(1, d.size.heightMm - 2 * s) }
}

const hex = (c: string | undefined, fallback: string): string => (c && /^#[0-9a-f]{6}$/i.test(c) ? c.toUpperCase() : fallback)

/** Width and height of a new element of that type, fitted into the safe area. */
export function defaultSize(type: ElementType, safe: Box): { w: number; h: number } {
  const fit = (w: number, h: number) => ({ w: round2(Math.min(w, safe.w)), h: round2(Math.min(h, safe.h)) })
  switch (type) {
    case 'text': return fit(Math.min(60, safe.w * 0.8), 12)
    case 'rect': return fit(Math.min(40, safe.w * 0.6), Math.min(25, safe.h * 0.4))
    case 'line': return { w: round2(Math.min(40, safe.w * 0.6)), h: 0 }
    case 'qr':
    case 'image': {
      const side = Math.min(25, safe.w * 0.5, safe.h * 0.5)
      return fit(side, side)
    }
  }
}

/** A new element centred in the safe area, with brand colours where given. */
export function defaultElement(type: ElementType, id: string, safe: Box, brand: BrandColors = {}, src?: string): Element {
  const { w, h } = defaultSize(type, safe)
  const base = { id, type, x: round2(safe.x + (safe.w - w) / 2), y: round2(safe.y + (safe.h - h) / 2), w, h }
  const text = hex(brand.textColor, '#222222')
  const primary = hex(brand.primaryColor, '#0B7A75')
  switch (type) {
    case 'text':
      return { ...base, text: 'Your text', font: brand.bodyFont || 'Carlito', sizePt: 12, align: 'left', valign: 'top', lineHeight: 1.2, color: text }
    case 'rect':
      return { ...base, fill: hex(brand.accentColor, '#F2F2F2'), stroke: primary, strokeMm: 0.3, radiusMm: 0 }
    case 'line':
      return { ...base, stroke: primary, strokeMm: 0.4 }
    case 'qr':
      return { ...base, content: 'https://example.com', color: text }
    case 'image':
      return { ...base, src: src || 'brand:logo' }
  }
}

/** Width/height as turned for the orientation (portrait: height ≥ width). */
export function orient(widthMm: number, heightMm: number, orientation: string): { widthMm: number; heightMm: number } {
  const lo = Math.min(widthMm, heightMm)
  const hi = Math.max(widthMm, heightMm)
  return orientation === 'landscape' ? { widthMm: hi, heightMm: lo } : { widthMm: lo, heightMm: hi }
}

/** Switches orientation by swapping width and height (only when it changes). */
export function setOrientation(size: Design['size'], orientation: 'portrait' | 'landscape'): Design['size'] {
  if (size.orientation === orientation) return size
  return { ...size, orientation, widthMm: size.heightMm, heightMm: size.widthMm }
}

/** The size of a preset in the current orientation. */
export function presetSize(p: SizePresetInfo, orientation: string): Design['size'] {
  const o = orientation === 'landscape' ? 'landscape' : 'portrait'
  const wh = o === 'landscape' ? { widthMm: p.heightMm, heightMm: p.widthMm } : { widthMm: p.widthMm, heightMm: p.heightMm }
  return { preset: p.key, ...wh, orientation: o, unit: p.metric ? 'mm' : 'in' }
}

export const toUnit = (mm: number, unit: string): number => (unit === 'in' ? round2(mm / MM_PER_INCH * 100) / 100 : round2(mm))
export const fromUnit = (v: number, unit: string): number => round2(unit === 'in' ? v * MM_PER_INCH : v)

/** New positions for elements dragged or nudged together by dx, dy (mm). */
export function moveElements(starts: Record<string, { x: number; y: number }>, dx: number, dy: number): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {}
  for (const [id, s] of Object.entries(starts)) out[id] = { x: round2(s.x + dx), y: round2(s.y + dy) }
  return out
}
