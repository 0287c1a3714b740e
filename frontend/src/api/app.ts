import * as App from '../../wailsjs/go/main/App'
import { call } from './errors'

let readySent = false

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
      call(() => App.Ready()).catch(() => {
        // Start-up timing is best effort.
      })
    }, 0)
  })
}
