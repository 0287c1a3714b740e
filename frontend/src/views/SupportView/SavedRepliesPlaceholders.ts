// Saved-reply placeholders as the backend reads them (support/replies.go):
// data placeholders filled from the ticket's order and the shop settings,
// free inputs {{input:name}} filled by whoever inserts the reply, and a
// fallback per placeholder for when there is no value.

export const DATA_PLACEHOLDERS = ['buyer_name', 'order_id', 'product', 'hours'] as const
export const INPUT_PREFIX = 'input:'

// Same pattern as the backend, so the editor and the guard agree.
const PLACEHOLDER = /\{\{\s*([a-zA-Z_]+(?::[a-zA-Z0-9_]+)?)\s*\}\}/g

export const token = (key: string) => `{{${key}}}`

function isKnownPlaceholder(key: string): boolean {
  if (key.startsWith(INPUT_PREFIX)) return key.length > INPUT_PREFIX.length
  return (DATA_PLACEHOLDERS as readonly string[]).includes(key)
}

/** Placeholders in the body, in order of first appearance, once each. */
export function usedPlaceholders(body: string): string[] {
  const out: string[] = []
  for (const m of body.matchAll(PLACEHOLDER)) if (!out.includes(m[1]!)) out.push(m[1]!)
  return out
}

/** Placeholders the backend would refuse. */
export function unknownPlaceholders(body: string): string[] {
  return usedPlaceholders(body).filter((k) => !isKnownPlaceholder(k))
}

/** A free input's name as the backend accepts it: letters, digits and _. */
export function inputName(raw: string): string {
  return raw.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '')
}

/** A shortcut as it is stored: lower case, no leading slash, no spaces. */
export function cleanShortcut(raw: string): string {
  return raw.trim().replace(/^\/+/, '').toLowerCase().replace(/\s+/g, '-')
}

/** Text with token put in place of [start, end), and where the caret goes after it. */
export function insertAt(body: string, start: number, end: number, key: string): { body: string; caret: number } {
  const s = Math.max(0, Math.min(start, body.length))
  const e = Math.max(s, Math.min(end, body.length))
  const tk = token(key)
  return { body: body.slice(0, s) + tk + body.slice(e), caret: s + tk.length }
}

/** Fallbacks for the placeholders in use only, trimmed, blanks dropped. */
export function cleanFallbacks(body: string, fallbacks: Record<string, string>): Record<string, string> {
  const used = usedPlaceholders(body)
  const out: Record<string, string> = {}
  for (const k of used) {
    const v = (fallbacks[k] ?? '').trim()
    if (v) out[k] = v
  }
  return out
}

export interface PreviewPiece {
  text: string
  /** The placeholder this piece stands for; '' for the reply's own words. */
  key: string
  /** How it was filled: from data, a fallback, or not at all (shown as {{key}}). */
  source: 'text' | 'data' | 'fallback' | 'missing'
}

/**
 * The reply as a teammate would see it, as pieces of text: data placeholders
 * from `data` (blank = none), free inputs not yet typed, and fallbacks where
 * there is no value — the backend's RenderReply rules.
 */
export function previewPieces(body: string, fallbacks: Record<string, string>, data: Record<string, string>): PreviewPiece[] {
  const out: PreviewPiece[] = []
  let at = 0
  for (const m of body.matchAll(PLACEHOLDER)) {
    if (m.index! > at) out.push({ text: body.slice(at, m.index), key: '', source: 'text' })
    const key = m[1]!
    const value = key.startsWith(INPUT_PREFIX) ? '' : (data[key] ?? '').trim()
    const fallback = (fallbacks[key] ?? '').trim()
    if (value) out.push({ text: value, key, source: 'data' })
    else if (fallback) out.push({ text: fallback, key, source: 'fallback' })
    else out.push({ text: token(key), key, source: 'missing' })
    at = m.index! + m[0].length
  }
  if (at < body.length) out.push({ text: body.slice(at), key: '', source: 'text' })
  return out
}
