// Geometry shared by the sparklines and the trend chart: values with gaps
// (null) become SVG path segments; scales leave room so a flat line sits in
// the middle and a target stays on the chart.

export interface Point {
  i: number
  x: number
  y: number
  value: number
}

export interface Scale {
  min: number
  max: number
}

/** The value range to draw, including extra values (a target), padded. */
export function scaleFor(values: (number | null)[], extra: (number | null)[] = [], zeroBased = false): Scale {
  const all = [...values, ...extra].filter((v): v is number => v !== null && Number.isFinite(v))
  if (!all.length) return { min: 0, max: 1 }
  let min = Math.min(...all)
  const max = Math.max(...all)
  if (zeroBased && min > 0) min = 0
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1
    return { min: min - pad, max: max + pad }
  }
  const pad = (max - min) * 0.08
  return { min: zeroBased && min === 0 ? 0 : min - pad, max: max + pad }
}

/** Points in a box of width × height (inset by pad), one slot per value. */
export function points(values: (number | null)[], width: number, height: number, scale: Scale, pad = 2): Point[] {
  const n = values.length
  const span = scale.max - scale.min || 1
  const out: Point[] = []
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return
    const x = n <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1)
    const y = pad + (1 - (v - scale.min) / span) * (height - 2 * pad)
    out.push({ i, x, y, value: v })
  })
  return out
}

/** An SVG path through the points, broken where a value is missing. */
export function linePath(pts: Point[]): string {
  let d = ''
  let prev = -2
  for (const p of pts) {
    d += `${p.i === prev + 1 ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`
    prev = p.i
  }
  return d
}

/** "Nice" axis ticks between min and max (about count of them). */
export function ticks(scale: Scale, count = 4): number[] {
  const span = scale.max - scale.min
  if (!(span > 0)) return [scale.min]
  const raw = span / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw
  const out: number[] = []
  for (let v = Math.ceil(scale.min / step) * step; v <= scale.max + 1e-9; v += step) out.push(Number(v.toPrecision(12)))
  return out
}
