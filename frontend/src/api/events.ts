// Subscriptions to backend events. Each helper returns a function that
// removes only its own listener.
import { EventsOn, OnFileDrop } from '../../wailsjs/runtime/runtime'
import type { Progress } from './types'

const EVENT_IMPORT_PROGRESS = 'import:progress'
const EVENT_DEMO_PROGRESS = 'demo:progress'
const EVENT_DATA_CHANGED = 'data:changed'
const EVENT_FILES_DROPPED = 'files:dropped'

type Unsubscribe = () => void

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && 'runtime' in window && !!(window as { runtime?: unknown }).runtime
}

function subscribe<T>(event: string, callback: (data: T) => void): Unsubscribe {
  if (!hasRuntime()) return () => {}
  return EventsOn(event, (data: T) => callback(data))
}

export function onImportProgress(callback: (p: Progress) => void): Unsubscribe {
  return subscribe(EVENT_IMPORT_PROGRESS, callback)
}

export function onDemoProgress(callback: (p: Progress) => void): Unsubscribe {
  return subscribe(EVENT_DEMO_PROGRESS, callback)
}

/** Imports and undos changed the data; `reason` is "import" or "undo". */
export function onDataChanged(callback: (reason: string) => void): Unsubscribe {
  return subscribe(EVENT_DATA_CHANGED, callback)
}

/** Files dropped anywhere on the window (absolute paths). */
export function onFilesDropped(callback: (paths: string[]) => void): Unsubscribe {
  const off = subscribe<string[] | null>(EVENT_FILES_DROPPED, (paths) => callback(paths ?? []))
  if (hasRuntime()) {
    // The paths arrive through files:dropped from the Go side. Registering
    // the runtime's own drop handling is still needed: on Windows it is what
    // resolves dropped files to paths, and it stops the webview from
    // navigating to a dropped file.
    OnFileDrop(() => {}, false)
  }
  return off
}
