// How the overview arranges the metrics: sections of at most four tiles,
// so the 20 metrics fill a four-column grid without holes, and what a click
// on a number opens.
import type { DrillKind, Tile } from '@/api/scorecard'

export type SectionKey = 'sales' | 'refunds' | 'response' | 'tickets' | 'comments' | 'reviews' | 'repeat' | 'other'

export const SECTIONS: { key: SectionKey; metrics: string[] }[] = [
  { key: 'sales', metrics: ['orders', 'units', 'revenue'] },
  { key: 'refunds', metrics: ['refund_rate'] },
  { key: 'response', metrics: ['first_response_median', 'first_response_p90', 'within_12h', 'within_24h'] },
  { key: 'tickets', metrics: ['tickets_opened', 'unanswered', 'missing_parts'] },
  { key: 'comments', metrics: ['negative_comment_rate'] },
  { key: 'reviews', metrics: ['reviews', 'avg_rating', 'avg_words', 'share_11_words'] },
  { key: 'repeat', metrics: ['cohort_buyers', 'repeat_30', 'repeat_60', 'repeat_90'] },
]

export interface Section {
  key: SectionKey
  tiles: Tile[]
}

/** The tiles in sections; a metric the list does not know goes to "other". */
export function arrange(tiles: Tile[]): Section[] {
  const byKey = new Map(tiles.map((t) => [t.key, t]))
  const placed = new Set<string>()
  const out: Section[] = []
  for (const s of SECTIONS) {
    const list = s.metrics.map((k) => byKey.get(k)).filter((t): t is Tile => !!t)
    list.forEach((t) => placed.add(t.key))
    if (list.length) out.push({ key: s.key, tiles: list })
  }
  const rest = tiles.filter((t) => !placed.has(t.key))
  if (rest.length) out.push({ key: 'other', tiles: rest })
  return out
}

export function sectionOf(metric: string): SectionKey {
  return SECTIONS.find((s) => s.metrics.includes(metric))?.key ?? 'other'
}

/** Where a metric's records live (the backend's drillKind). */
export function drillKindOf(metric: string): DrillKind {
  if (['orders', 'units', 'revenue', 'refund_rate'].includes(metric)) return 'lines'
  if (['cohort_buyers', 'repeat_30', 'repeat_60', 'repeat_90'].includes(metric)) return 'buyers'
  if (['reviews', 'avg_rating', 'avg_words', 'share_11_words'].includes(metric)) return 'reviews'
  if (metric === 'negative_comment_rate') return 'comments'
  return 'tickets'
}

/** The filters a drill-down of each kind offers ("" = everything). */
export const DRILL_FILTERS: Record<DrillKind, string[]> = {
  lines: ['', 'refunded'],
  tickets: ['', 'unanswered', 'over_12h', 'over_24h'],
  reviews: ['', 'low_rating', 'short'],
  comments: ['', 'negative'],
  buyers: [''],
}

/** What a click on a metric's number shows first: the records that make the rate. */
export function defaultFilter(metric: string): string {
  switch (metric) {
    case 'refund_rate': return 'refunded'
    case 'within_12h': case 'first_response_p90': return 'over_12h'
    case 'within_24h': return 'over_24h'
    case 'negative_comment_rate': return 'negative'
    case 'avg_rating': return 'low_rating'
    case 'share_11_words': case 'avg_words': return 'short'
  }
  return ''
}

/** Metrics whose drill-down ignores the filter (the backend fixes it). */
export function fixedFilter(metric: string): boolean {
  return metric === 'unanswered' || metric === 'missing_parts'
}
