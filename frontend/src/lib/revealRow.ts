/**
 * Where to scroll a virtual table so row `index` is fully in view (j/k), or
 * null when it already is. Rows have one fixed height.
 */
export function revealTop(viewport: number, scrollTop: number, index: number, rowHeight: number): number | null {
  const top = index * rowHeight
  if (top < scrollTop) return top
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport
  return null
}
