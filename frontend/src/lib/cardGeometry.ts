// Pure geometry for the card canvas and designer: units, hit testing, snapping.
export const MM_PER_INCH = 25.4
/** CSS pixels per millimetre at 100 % (96 px per inch). */
export const PX_PER_MM = 96 / MM_PER_INCH

export interface Box { x: number; y: number; w: number; h: number }

export const mmToPx = (mm: number, dpi = 96): number => (mm / MM_PER_INCH) * dpi
export const pxToMm = (px: number, dpi = 96): number => (px / dpi) * MM_PER_INCH

/** Pixel size of the bleed box at a print resolution. */
export function printSize(bleed: Box, dpi: number): { width: number; height: number } {
  return { width: Math.round(mmToPx(bleed.w, dpi)), height: Math.round(mmToPx(bleed.h, dpi)) }
}

/** Scale (px per mm) that fits the box into the space with a margin. */
export function fitScale(box: Box, width: number, height: number, margin = 24): number {
  const s = Math.min((width - 2 * margin) / box.w, (height - 2 * margin) / box.h)
  return Math.max(0.5, s)
}

/** A line's box may have a negative width or height: normalize it. */
export function normalize(b: Box): Box {
  return { x: Math.min(b.x, b.x + b.w), y: Math.min(b.y, b.y + b.h), w: Math.abs(b.w), h: Math.abs(b.h) }
}

/** The topmost box containing the point (later boxes are on top); -1 if none. */
export function hitTest(boxes: Box[], x: number, y: number, slop = 0): number {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = normalize(boxes[i]!)
    if (x >= b.x - slop && x <= b.x + b.w + slop && y >= b.y - slop && y <= b.y + b.h + slop) return i
  }
  return -1
}

/**
 * Snaps a moved box to the nearest guide (lines in mm) on each axis: either
 * edge or the centre may snap, within threshold mm. Returns the new x, y.
 */
export function snapBox(b: Box, xs: number[], ys: number[], threshold = 2): { x: number; y: number } {
  const axis = (pos: number, size: number, guides: number[]): number => {
    let best = pos
    let dist = threshold + 1e-9
    for (const g of guides) {
      for (const off of [0, size / 2, size]) {
        const d = Math.abs(pos + off - g)
        if (d < dist) {
          dist = d
          best = g - off
        }
      }
    }
    return best
  }
  return { x: axis(b.x, b.w, xs), y: axis(b.y, b.h, ys) }
}

/** Guide lines from the trim, safe area and other elements' edges. */
export function guideLines(frames: Box[], others: Box[]): { xs: number[]; ys: number[] } {
  const xs: number[] = []
  const ys: number[] = []
  for (const raw of [...frames, ...others]) {
    const b = normalize(raw)
    xs.push(b.x, b.x + b.w / 2, b.x + b.w)
    ys.push(b.y, b.y + b.h / 2, b.y + b.h)
  }
  return { xs, ys }
}

/** Resizes a box by dragging one corner (nw, ne, sw, se) by dx, dy; min size 1 mm. */
export function resizeBox(b: Box, corner: string, dx: number, dy: number, min = 1): Box {
  let { x, y, w, h } = b
  if (corner.includes('w')) { x += dx; w -= dx }
  if (corner.includes('e')) w += dx
  if (corner.includes('n')) { y += dy; h -= dy }
  if (corner.includes('s')) h += dy
  if (w < min) { if (corner.includes('w')) x -= min - w; w = min }
  if (h < min) { if (corner.includes('n')) y -= min - h; h = min }
  return { x, y, w, h }
}

export const round2 = (v: number): number => Math.round(v * 100) / 100
