import * as App from '../../wailsjs/go/main/App'
import { adoptBackendTime } from '@/lib/clock'
import { call } from './errors'

let readySent = false
let signalReady: () => void = () => {}
const ready = new Promise<void>((resolve) => (signalReady = resolve))

/** Resolves once the first screen has rendered and Ready was sent. */
export function whenReady(): Promise<void> {
  return ready
}

/**
 * Tells the backend the first screen with data has rendered (start-up
 * timing). Only the first call goes through.
 */
export function markReady(): void {
  if (readySent) return
  readySent = true
  // Wait for the browser to paint what was just rendered.
  requestAnimationFrame(() => {
    setTimeout(() => {
      call(() => App.Ready())
        .catch(() => {
          // Start-up timing is best effort.
        })
        .finally(() => signalReady())
    }, 0)
  })
}

/**
 * Takes the backend's clock as the UI's "now". The bindings appear shortly
 * after the page loads, so this waits for them (at most `timeoutMs`); without
 * them the UI keeps the computer's clock, which is what the backend uses too
 * unless a test fixed it.
 */
export async function syncClock(timeoutMs = 5_000): Promise<void> {
  const start = Date.now()
  const bound = () => (window as unknown as { go?: { main?: { App?: { Now?: unknown } } } }).go?.main?.App?.Now
  while (!bound()) {
    if (Date.now() - start > timeoutMs) return
    await new Promise((r) => setTimeout(r, 20))
  }
  const sentAt = Date.now()
  const backendMs = await call(() => App.Now())
  adoptBackendTime(backendMs, sentAt, Date.now())
}
