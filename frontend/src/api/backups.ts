import * as BackupService from '../../wailsjs/go/service/BackupService'
import { call } from './errors'

export interface Backup {
  path: string
  name: string
  at: number
  reason: string
  size: number
}

export interface BackupList {
  folder: string
  databasePath: string
  secondFolder: string
  syncedBy: string
  backups: Backup[]
}

export interface Restored {
  from: Backup
  safetyCopy: Backup
  stats: { orders: number; order_lines: number; returns: number }
}

export interface Health {
  checked: boolean
  ok: boolean
  message: string
  newest: Backup
  made: boolean
  notice: string
}

export async function listBackups(): Promise<BackupList> {
  const l = await call(() => BackupService.List())
  return { ...l, backups: l.backups ?? [] } as BackupList
}

export async function backupNow(): Promise<Backup> {
  return (await call(() => BackupService.BackupNow())) as Backup
}

export async function restoreBackup(path: string): Promise<Restored> {
  return (await call(() => BackupService.Restore(path))) as unknown as Restored
}

/** Lets the seller pick a backup file anywhere; `from.path` is "" when cancelled. */
export async function chooseAndRestore(): Promise<Restored> {
  return (await call(() => BackupService.ChooseAndRestore())) as unknown as Restored
}

export function openBackupsFolder(): Promise<void> {
  return call(() => BackupService.OpenFolder())
}

export async function chooseSecondFolder(): Promise<string> {
  return (await call(() => BackupService.ChooseSecondFolder())) ?? ''
}

export function setSecondFolder(dir: string): Promise<void> {
  return call(() => BackupService.SetSecondFolder(dir))
}

/** The start-up check: the database's quick_check and the daily backup. */
export async function startupCheck(): Promise<Health> {
  return (await call(() => BackupService.StartupCheck())) as Health
}
