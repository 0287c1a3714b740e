// Policy findings point into the message with UTF-8 byte offsets (Go); the
// UI cuts the text into plain and highlighted pieces, rendered as text.
import type { Finding } from '@/api/types'

export interface Segment {
  text: string
  finding: Finding | null
}

/** Maps each UTF-8 byte offset at a character boundary to its UTF-16 index. */
export function byteToIndex(text: string): (byte: number) => number {
  const map = new Map<number, number>()
  let bytes = 0
  let i = 0
  for (const ch of text) {
    map.set(bytes, i)
    const cp = ch.codePointAt(0)!
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    i += ch.length
  }
  map.set(bytes, i)
  return (byte) => {
    if (byte <= 0) return 0
    if (byte >= bytes) return text.length
    let b = byte
    while (!map.has(b) && b > 0) b--
    return map.get(b) ?? 0
  }
}

const rank = (f: Finding) => (f.severity === 'block' ? 0 : 1)

/**
 * The text in pieces; findings without a place in it (offsets -1, e.g. a
 * fallback value) are left out. Overlaps keep the first, blocking first.
 */
export function highlightSegments(text: string, findings: Finding[]): Segment[] {
  const toIndex = byteToIndex(text)
  const spans = findings
    .filter((f) => f.start >= 0 && f.end > f.start)
    .map((f) => ({ f, start: toIndex(f.start), end: toIndex(f.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || rank(a.f) - rank(b.f))
  const out: Segment[] = []
  let at = 0
  for (const s of spans) {
    if (s.start < at) continue
    if (s.start > at) out.push({ text: text.slice(at, s.start), finding: null })
    out.push({ text: text.slice(s.start, s.end), finding: s.f })
    at = s.end
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), finding: null })
  return out
}

/** Blocking findings first, then warnings; duplicates (same rule and words) once. */
export function sortFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return [...findings]
    .sort((a, b) => rank(a) - rank(b))
    .filter((f) => {
      const key = `${f.rule}|${f.match.toLowerCase()}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}
