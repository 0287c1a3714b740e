// The desktop side of the app: About data, the data folder and the log,
// diagnostics for a support request, and the commands of the native
// application menu (sent as events "menu:<command>").
import * as DesktopService from '../../wailsjs/go/service/DesktopService'
import { EventsOn } from '../../wailsjs/runtime/runtime'
import { call } from './errors'

export interface Credit {
  name: string
  version: string
  licence: string
  note: string
}

export interface About {
  name: string
  version: string
  buildDate: string
  os: string
  goVersion: string
  copyright: string
  fonts: Credit[]
  libraries: Credit[]
}

/** Menu commands carried out by the UI (the Go side runs the others). */
export const MENU_COMMANDS = ['import', 'backup-now', 'export-scorecard', 'settings', 'shortcuts', 'about'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

const menuEvent = (c: MenuCommand): string => `menu:${c}`
const EVENT_DIAGNOSTICS_COPIED = 'diagnostics:copied'

export interface DiagnosticsCopied {
  ok: boolean
  message?: string
  chars?: number
  logLines?: number
}

type Unsubscribe = () => void

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && !!(window as { runtime?: unknown }).runtime
}

export async function getAbout(): Promise<About> {
  const a = await call(() => DesktopService.About())
  return { ...a, fonts: a.fonts ?? [], libraries: a.libraries ?? [] }
}

/** Tells the backend the UI listens for opened files (sends any waiting). */
export function uiReady(): Promise<void> {
  return call(() => DesktopService.UIReady())
}

export function openDataFolder(): Promise<void> {
  return call(() => DesktopService.OpenDataFolder())
}

export function openLog(): Promise<void> {
  return call(() => DesktopService.OpenLog())
}

/** Puts version, system, database size, counts and the log's end on the clipboard. */
export function copyDiagnostics(): Promise<{ chars: number; logLines: number }> {
  return call(() => DesktopService.CopyDiagnostics())
}

/** Listens to every menu command the UI carries out. */
export function onMenuCommand(callback: (c: MenuCommand) => void): Unsubscribe {
  if (!hasRuntime()) return () => {}
  const offs = MENU_COMMANDS.map((c) => EventsOn(menuEvent(c), () => callback(c)))
  return () => offs.forEach((off) => off())
}

/** The menu's Copy Diagnostics finished (it runs in Go). */
export function onDiagnosticsCopied(callback: (r: DiagnosticsCopied) => void): Unsubscribe {
  if (!hasRuntime()) return () => {}
  return EventsOn(EVENT_DIAGNOSTICS_COPIED, (r: DiagnosticsCopied) => callback(r ?? { ok: false }))
}
