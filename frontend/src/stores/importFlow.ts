import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DETECT, cancelImport, chooseFile, previewImport, runImport } from '@/api/imports'
import { onImportProgress } from '@/api/events'
import { stageCounts } from '@/api/timeline'
import { toAppError, type AppError } from '@/api/errors'
import type { ImportKind, ImportOptions, ImportPreview, ImportResult, Progress } from '@/api/types'
import { useAppStore } from './app'

export type ImportStep = 'preview' | 'running' | 'summary' | 'cancelled'

/** The import flow: choose → preview (and adjust) → run with progress → summary. */
export const useImportStore = defineStore('importFlow', () => {
  const open = ref(false)
  const step = ref<ImportStep>('preview')
  const path = ref('')
  const options = ref<ImportOptions>({ ...DETECT, mapping: {} })
  const preview = ref<ImportPreview | null>(null)
  const previewLoading = ref(false)
  const error = ref<AppError | null>(null)
  const progress = ref<Progress | null>(null)
  const result = ref<ImportResult | null>(null)
  const cancelling = ref(false)
  const choosing = ref(false)
  /** Messages this import made overdue (old orders arriving all at once); the summary offers a bulk skip above 50. */
  const newOverdue = ref(0)

  const running = computed(() => step.value === 'running')
  const fileName = computed(() => preview.value?.fileName || path.value.split(/[\\/]/).pop() || '')
  const mappingChanged = computed(() => Object.keys(options.value.mapping).length > 0)
  const missingRequired = computed(() =>
    (preview.value?.mapping ?? []).filter((m) => m.required && !m.header).map((m) => m.label),
  )
  /** The file alone cannot settle day-first versus month-first: the seller must answer first. */
  const dateQuestionOpen = computed(() => !!preview.value?.dateOrderAsk && !options.value.dateOrder)
  const canRun = computed(
    () =>
      !!preview.value &&
      !previewLoading.value &&
      !preview.value.needsMapping &&
      missingRequired.value.length === 0 &&
      !dateQuestionOpen.value &&
      step.value === 'preview',
  )

  /**
   * Shows the open dialog, then the preview. A screen that imports one kind
   * (the scorecard's reviews) passes it; the main Import button lets the
   * engine recognise the kind from the headers.
   */
  async function start(kind: ImportKind | '' = ''): Promise<void> {
    if (running.value || choosing.value) return
    choosing.value = true
    try {
      const chosen = await chooseFile()
      if (chosen) await openFile(chosen, kind)
    } catch (e) {
      openWithError(toAppError(e))
    } finally {
      choosing.value = false
    }
  }

  function openWithError(e: AppError): void {
    reset('')
    error.value = e
    open.value = true
  }

  function reset(file: string, kind: ImportKind | '' = ''): void {
    path.value = file
    step.value = 'preview'
    options.value = { ...DETECT, kind, mapping: {} }
    preview.value = null
    error.value = null
    progress.value = null
    result.value = null
    cancelling.value = false
  }

  /** Opens the preview for a file (from the dialog or a drop). */
  async function openFile(file: string, kind: ImportKind | '' = ''): Promise<void> {
    if (running.value) return
    reset(file, kind)
    open.value = true
    await loadPreview()
  }

  let previewToken = 0

  async function loadPreview(): Promise<void> {
    if (!path.value) return
    const token = ++previewToken
    previewLoading.value = true
    error.value = null
    try {
      const p = await previewImport(path.value, options.value)
      if (token === previewToken) preview.value = p
    } catch (e) {
      if (token === previewToken) error.value = toAppError(e)
    } finally {
      if (token === previewToken) previewLoading.value = false
    }
  }

  function setOption<K extends 'kind' | 'platform' | 'dateOrder'>(key: K, value: string): void {
    // Another kind has other fields: a mapping chosen for the old one no longer applies.
    const mapping = key === 'kind' ? {} : options.value.mapping
    options.value = { ...options.value, mapping, [key]: value }
    void loadPreview()
  }

  /** Points a field at a header ("" = no column) and previews again. */
  function setMapping(field: string, header: string): void {
    options.value = { ...options.value, mapping: { ...options.value.mapping, [field]: header } }
    void loadPreview()
  }

  function setRemember(remember: boolean): void {
    options.value = { ...options.value, rememberMapping: remember }
  }

  async function run(): Promise<void> {
    if (!canRun.value || !preview.value) return
    const chosen: ImportOptions = {
      ...options.value,
      // Run with what the preview settled on, so the import matches what was shown.
      kind: options.value.kind || preview.value.kind,
      platform: options.value.platform || preview.value.platform,
      // The date order goes only when the seller chose it: the import then
      // decides exactly as the preview did and reports the same reason.
      dateOrder: options.value.dateOrder,
    }
    step.value = 'running'
    progress.value = null
    error.value = null
    cancelling.value = false
    const off = onImportProgress((p) => {
      progress.value = p
    })
    newOverdue.value = 0
    const before = await stageCounts().catch(() => null)
    try {
      result.value = await runImport(path.value, chosen)
      const after = before && !result.value.duplicate ? await stageCounts().catch(() => null) : null
      if (before && after) newOverdue.value = Math.max(0, after.overdue - before.overdue)
      step.value = 'summary'
      // The backend also sends data:changed; refreshing here keeps the
      // screen right even if that event is missed.
      if (!result.value.duplicate) void useAppStore().dataChanged()
    } catch (e) {
      const err = toAppError(e)
      if (err.cancelled) step.value = 'cancelled'
      else {
        step.value = 'preview'
        error.value = err
      }
    } finally {
      off()
      cancelling.value = false
    }
  }

  async function cancel(): Promise<void> {
    if (!running.value) return
    cancelling.value = true
    try {
      await cancelImport()
    } catch (e) {
      cancelling.value = false
      error.value = toAppError(e)
    }
  }

  function backToPreview(): void {
    step.value = 'preview'
    result.value = null
  }

  function close(): void {
    if (running.value) return
    open.value = false
  }

  return {
    open, step, path, options, preview, previewLoading, error, progress, result, cancelling, choosing, newOverdue,
    running, fileName, mappingChanged, missingRequired, canRun, dateQuestionOpen,
    start, openFile, loadPreview, setOption, setMapping, setRemember, run, cancel, backToPreview, close,
  }
})
