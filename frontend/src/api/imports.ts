import * as ImportService from '../../wailsjs/go/service/ImportService'
import { service } from '../../wailsjs/go/models'
import { call } from './errors'
import type { ImportBatch, ImportOptions, ImportPreview, ImportResult, UndoResult } from './types'

export const DETECT: ImportOptions = { kind: '', platform: '', mapping: {}, dateOrder: '', rememberMapping: false }

/** Shows the native open dialog; "" when the user cancelled. */
export async function chooseFile(): Promise<string> {
  return (await call(() => ImportService.ChooseFile())) ?? ''
}

function normalizeBatch<T extends { errors?: ImportBatch['errors'] | null }>(b: T): T & { errors: ImportBatch['errors'] } {
  return { ...b, errors: b.errors ?? [] }
}

export async function previewImport(path: string, options: ImportOptions = DETECT): Promise<ImportPreview> {
  const p = await call(() => ImportService.Preview(path, service.ImportOptions.createFrom(options)))
  return {
    ...p,
    headers: p.headers ?? [],
    mapping: p.mapping ?? [],
    sampleRows: p.sampleRows ?? [],
    warnings: p.warnings ?? [],
    errors: p.errors ?? [],
    kinds: p.kinds ?? [],
    sampleRowNumbers: p.sampleRowNumbers ?? [],
    dateSample: p.dateSample ?? null,
    alreadyImported: p.alreadyImported ? normalizeBatch(p.alreadyImported) : null,
  }
}

/** Runs the import; progress arrives as import:progress events. */
export async function runImport(path: string, options: ImportOptions): Promise<ImportResult> {
  const r = await call(() => ImportService.Run(path, service.ImportOptions.createFrom(options)))
  return { ...normalizeBatch(r), unknownValues: r.unknownValues ?? [] }
}

export function cancelImport(): Promise<void> {
  return call(() => ImportService.Cancel())
}

export async function listBatches(): Promise<ImportBatch[]> {
  const list = (await call(() => ImportService.ListBatches())) ?? []
  return list.map(normalizeBatch)
}

export function undoImport(batchId: number): Promise<UndoResult> {
  return call(() => ImportService.Undo(batchId))
}
