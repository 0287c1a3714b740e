import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  chooseFeedbackFile, importFeedback, previewFeedback,
  type FeedbackKind, type FeedbackMapping, type FeedbackPreview, type FeedbackResult,
} from '@/api/scorecard'
import { onImportProgress } from '@/api/events'
import { toAppError, type AppError } from '@/api/errors'
import type { Progress } from '@/api/types'
import { useAppStore } from '@/stores/app'

export type FeedbackStep = 'preview' | 'running' | 'summary'

/**
 * Points a field at a header ("" = none) in a header → field mapping. The
 * backend reads the mapping first and detects the rest by name, so taking a
 * field away from the column it was detected on marks that column "ignore".
 */
export function remap(mapping: FeedbackMapping, preview: FeedbackPreview | null, field: string, header: string): FeedbackMapping {
  const next: FeedbackMapping = {}
  for (const [h, f] of Object.entries(mapping)) if (f !== field) next[h] = f
  if (header) {
    next[header] = field
  } else {
    const current = preview?.mapping.find((m) => m.field === field)?.header
    if (current) next[current] = 'ignore'
  }
  return next
}

/** The reviews or comments import: choose → preview (and map) → import → summary. */
export const useFeedbackImport = defineStore('feedbackImport', () => {
  const open = ref(false)
  const kind = ref<FeedbackKind>('reviews')
  const step = ref<FeedbackStep>('preview')
  const path = ref('')
  const mapping = ref<FeedbackMapping>({})
  const preview = ref<FeedbackPreview | null>(null)
  const previewLoading = ref(false)
  const error = ref<AppError | null>(null)
  const result = ref<FeedbackResult | null>(null)
  const progress = ref<Progress | null>(null)
  const choosing = ref(false)

  const running = computed(() => step.value === 'running')
  const fileName = computed(() => preview.value?.fileName || path.value.split(/[\\/]/).pop() || '')
  const missingRequired = computed(() => (preview.value?.mapping ?? []).filter((m) => m.required && !m.header).map((m) => m.label))
  const mappingChanged = computed(() => Object.keys(mapping.value).length > 0)
  const canRun = computed(() => !!preview.value && !previewLoading.value && missingRequired.value.length === 0 && step.value === 'preview')

  function reset(k: FeedbackKind, file: string): void {
    kind.value = k
    path.value = file
    step.value = 'preview'
    mapping.value = {}
    preview.value = null
    error.value = null
    result.value = null
    progress.value = null
  }

  /** Shows the open dialog, then the preview of the chosen file. */
  async function start(k: FeedbackKind): Promise<void> {
    if (running.value || choosing.value) return
    choosing.value = true
    try {
      const file = await chooseFeedbackFile()
      if (file) await openFile(k, file)
    } catch (e) {
      reset(k, '')
      error.value = toAppError(e)
      open.value = true
    } finally {
      choosing.value = false
    }
  }

  async function openFile(k: FeedbackKind, file: string): Promise<void> {
    if (running.value) return
    reset(k, file)
    open.value = true
    await loadPreview()
  }

  let token = 0
  async function loadPreview(): Promise<void> {
    if (!path.value) return
    const mine = ++token
    previewLoading.value = true
    error.value = null
    try {
      const p = await previewFeedback(path.value, kind.value, mapping.value)
      if (mine === token) preview.value = p
    } catch (e) {
      if (mine === token) {
        preview.value = null
        error.value = toAppError(e)
      }
    } finally {
      if (mine === token) previewLoading.value = false
    }
  }

  function setField(field: string, header: string): void {
    mapping.value = remap(mapping.value, preview.value, field, header)
    void loadPreview()
  }

  function resetMapping(): void {
    mapping.value = {}
    void loadPreview()
  }

  async function run(): Promise<void> {
    if (!canRun.value) return
    step.value = 'running'
    progress.value = null
    error.value = null
    const off = onImportProgress((p) => { progress.value = p })
    try {
      result.value = await importFeedback(kind.value, path.value, mapping.value)
      step.value = 'summary'
      if (result.value.created + result.value.updated > 0) void useAppStore().dataChanged()
    } catch (e) {
      step.value = 'preview'
      error.value = toAppError(e)
    } finally {
      off()
    }
  }

  function close(): void {
    if (running.value) return
    open.value = false
  }

  return {
    open, kind, step, path, mapping, preview, previewLoading, error, result, progress, choosing,
    running, fileName, missingRequired, mappingChanged, canRun,
    start, openFile, loadPreview, setField, resetMapping, run, close,
  }
})
