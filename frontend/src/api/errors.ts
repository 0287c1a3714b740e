// Every failed backend call rejects with an Error whose message is the JSON
// {code, message, details} made by the Go ErrorFormatter. The facade turns whatever arrives into an AppError so the
// UI can rely on one shape and never shows a stack or a raw exception.

export type ErrorCode =
  | 'invalid_input'
  | 'unsupported_file'
  | 'not_found'
  | 'conflict'
  | 'duplicate_import'
  | 'cancelled'
  | 'internal'
  | 'database_busy'
  | 'database_read_only'
  | 'disk_full'
  | 'database_corrupt'
  | 'database_unavailable'

const knownCodes = new Set<string>([
  'invalid_input', 'unsupported_file', 'not_found', 'conflict', 'duplicate_import', 'cancelled', 'internal',
  'database_busy', 'database_read_only', 'disk_full', 'database_corrupt', 'database_unavailable',
])

export const GENERIC_MESSAGE = 'Something went wrong inside Afterloop. Nothing was changed; please try again.'

export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: Record<string, string>

  constructor(code: ErrorCode, message: string, details: Record<string, string> = {}, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }

  get cancelled(): boolean {
    return this.code === 'cancelled'
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function cleanDetails(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {}
  const out: Record<string, string> = {}
  for (const [k, value] of Object.entries(v)) {
    if (value === null || value === undefined || value === '') continue
    out[k] = typeof value === 'string' ? value : String(value)
  }
  return out
}

function fromObject(v: Record<string, unknown>, cause: unknown): AppError | null {
  if (typeof v.message !== 'string' || v.message === '') return null
  const code = typeof v.code === 'string' && knownCodes.has(v.code) ? (v.code as ErrorCode) : 'internal'
  return new AppError(code, v.message, cleanDetails(v.details), { cause })
}

/** Normalizes anything a rejected binding call can produce. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (isRecord(error) && !(error instanceof Error)) {
    const e = fromObject(error, error)
    if (e) return e
  }
  // The Wails runtime wraps the error string (our JSON) in an Error.
  if (error instanceof Error && error.message.trim().startsWith('{')) {
    const e = toAppError(error.message)
    if (e.message !== GENERIC_MESSAGE) return e
  }
  if (typeof error === 'string') {
    const text = error.trim()
    if (text.startsWith('{')) {
      try {
        const parsed: unknown = JSON.parse(text)
        if (isRecord(parsed)) {
          const e = fromObject(parsed, error)
          if (e) return e
        }
      } catch {
        // not JSON: fall through
      }
    }
    // A plain string comes from the Go side (for example a Wails runtime
    // error); it is a sentence, not a stack. Keep it if it is short.
    if (text && text.length <= 300 && !text.includes('\n')) return new AppError('internal', text, {}, { cause: error })
  }
  // JavaScript exceptions (bugs, a missing binding) are logged, not shown.
  console.error('Afterloop: unexpected error', error)
  return new AppError('internal', GENERIC_MESSAGE, {}, { cause: error })
}

/** Runs a binding call and rethrows its failure as an AppError. */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    throw toAppError(error)
  }
}
