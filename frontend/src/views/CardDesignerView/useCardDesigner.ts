// The designer's state: the design being edited, its undo history (design
// JSON snapshots), the selected element, and the live display list from
// CardService.Layout (debounced) for the chosen SKU and side.
import { computed, ref, shallowRef, watch } from 'vue'
import { getCard, layout, saveCard, type Design, type DisplayList, type Element } from '@/api/cards'
import { toAppError, type AppError } from '@/api/errors'
import { History } from '@/lib/history'
import { round2 } from '@/lib/cardGeometry'

export type SideName = 'front' | 'back'

export function useCardDesigner(id: number) {
  const design = ref<Design | null>(null)
  const saved = ref('')
  const history = shallowRef(new History(''))
  const version = ref(0) // bumps when history changes (it is not reactive)
  const side = ref<SideName>('front')
  // The selection; the last id is the primary one (properties, resize handles).
  const selectedIds = ref<string[]>([])
  const selectedId = computed<string | null>({
    get: () => selectedIds.value[selectedIds.value.length - 1] ?? null,
    set: (v) => { selectedIds.value = v ? [v] : [] },
  })
  const sku = ref('')
  const dl = shallowRef<DisplayList | null>(null)
  const error = ref<AppError | null>(null)
  const layoutError = ref<AppError | null>(null)
  const saving = ref(false)

  const json = computed(() => (design.value ? JSON.stringify(design.value) : ''))
  const dirty = computed(() => json.value !== saved.value)
  const canUndo = computed(() => version.value >= 0 && history.value.canUndo)
  const canRedo = computed(() => version.value >= 0 && history.value.canRedo)
  const elements = computed<Element[]>(() => {
    const d = design.value
    if (!d) return []
    const s = side.value === 'back' ? d.back : d.front
    return s?.elements ?? []
  })
  const selected = computed(() => (selectedIds.value.length === 1 ? elements.value.find((e) => e.id === selectedId.value) ?? null : null))
  /** Shift+click: adds the element to the selection or takes it out. */
  function toggleSelect(elementId: string): void {
    const ids = selectedIds.value
    selectedIds.value = ids.includes(elementId) ? ids.filter((i) => i !== elementId) : [...ids, elementId]
  }

  async function load(): Promise<void> {
    try {
      const v = await getCard(id)
      design.value = v.design
      saved.value = JSON.stringify(v.design)
      history.value = new History(saved.value)
      version.value++
      error.value = null
    } catch (e) {
      error.value = toAppError(e)
    }
  }

  /** Records the current design as one undo step. */
  function commit(): void {
    history.value.push(json.value)
    version.value++
  }
  function restore(snapshot: string | null): void {
    if (snapshot === null) return
    design.value = JSON.parse(snapshot) as Design
    if (side.value === 'back' && !design.value.back) side.value = 'front'
    version.value++
    pruneSelection()
  }
  function pruneSelection(): void {
    const ids = new Set(elements.value.map((e) => e.id))
    if (selectedIds.value.some((i) => !ids.has(i))) selectedIds.value = selectedIds.value.filter((i) => ids.has(i))
  }
  watch(side, () => (selectedIds.value = []))
  const undo = () => restore(history.value.undo())
  const redo = () => restore(history.value.redo())

  /** Changes an element; commit=false for live drags (commit on release). */
  function update(elementId: string, patch: Partial<Element>, record = true): void {
    const el = elements.value.find((e) => e.id === elementId)
    if (!el) return
    for (const [k, v] of Object.entries(patch)) {
      (el as unknown as Record<string, unknown>)[k] = typeof v === 'number' && ['x', 'y', 'w', 'h'].includes(k) ? round2(v) : v
    }
    if (record) commit()
  }
  function remove(elementId: string): void {
    const list = elements.value
    const i = list.findIndex((e) => e.id === elementId)
    if (i < 0) return
    list.splice(i, 1)
    pruneSelection()
    commit()
  }
  /** Moves an element one step up (+1) or down (-1) in the drawing order. */
  function layer(elementId: string, dir: 1 | -1): void {
    const list = elements.value
    list.sort((a, b) => (a.z ?? 0) - (b.z ?? 0)) // stable: array order becomes the stacking order
    list.forEach((e) => delete e.z)
    const i = list.findIndex((e) => e.id === elementId)
    const j = i + dir
    if (i < 0 || j < 0 || j >= list.length) return
    ;[list[i], list[j]] = [list[j]!, list[i]!]
    commit()
  }

  async function save(): Promise<boolean> {
    if (!design.value || saving.value) return false
    saving.value = true
    try {
      const sent = json.value
      await saveCard(id, JSON.parse(sent) as Design)
      saved.value = sent
      error.value = null
      return true
    } catch (e) {
      error.value = toAppError(e)
      return false
    } finally {
      saving.value = false
    }
  }

  // Every edit lays the card out again (debounced), for the SKU and side shown.
  let timer: ReturnType<typeof setTimeout> | undefined
  let seq = 0
  async function relayout(): Promise<void> {
    if (!design.value) return
    const mine = ++seq
    try {
      const d = await layout(JSON.parse(json.value) as Design, sku.value, side.value)
      if (mine === seq) {
        dl.value = d
        layoutError.value = null
      }
    } catch (e) {
      if (mine === seq) layoutError.value = toAppError(e)
    }
  }
  watch([json, sku, side], () => {
    clearTimeout(timer)
    timer = setTimeout(() => void relayout(), dl.value ? 80 : 0)
  })

  return {
    design, side, selectedId, selectedIds, selected, toggleSelect, pruneSelection, elements, sku, dl, error, layoutError, dirty, saving, canUndo, canRedo,
    load, commit, undo, redo, update, remove, layer, save, relayout,
  }
}
export type CardDesigner = ReturnType<typeof useCardDesigner>
