/**
 * A color with a new alpha: "#0f766e" or "rgb(15, 118, 110)" with 0.12 →
 * "rgba(15, 118, 110, 0.12)". Other formats go through color-mix.
 */
export function withAlpha(color: string, alpha: number): string {
  const c = color.trim()
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c)
  if (hex) {
    const [r, g, b] = [hex[1], hex[2], hex[3]].map((h) => parseInt(h!, 16))
    return `rgba(${r}, ${g}, ${b}, ${alpha})`
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(c)
  if (rgb) return `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})`
  return `color-mix(in srgb, ${c} ${Math.round(alpha * 100)}%, transparent)`
}
