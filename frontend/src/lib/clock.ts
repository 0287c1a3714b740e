/**
 * The app's one clock on the UI side. The backend decides what "now" is (the
 * computer's time, or a fixed starting instant in the browser suite and
 * reproducible demos); the UI keeps the difference to its own clock so that
 * timers, "today" and date pickers agree with the numbers the backend shows.
 */
let offsetMs = 0

/** Milliseconds since the epoch on the app clock. */
export function appNow(): number {
  return Date.now() + offsetMs
}

/** Whole seconds since the epoch on the app clock. */
export function appNowSeconds(): number {
  return Math.floor(appNow() / 1000)
}

/** The app clock as a Date. */
export function appDate(): Date {
  return new Date(appNow())
}

/**
 * Adopts the backend's time. `sentAt` and `receivedAt` are the UI's clock
 * around the call; the backend's answer is taken to be from halfway between.
 */
export function adoptBackendTime(backendMs: number, sentAt: number, receivedAt: number): void {
  offsetMs = backendMs - Math.round((sentAt + receivedAt) / 2)
}
