import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  getEntry, listEntries, suggestions as loadSuggestions, verdicts as loadVerdicts, vocOptions,
  type Suggestions, type VocDetail, type VocOptions, type VocRow, type VocSort, type VocVerdict,
} from '@/api/voc'
import { listProducts } from '@/api/products'
import { listCards, type CardSummary } from '@/api/cards'
import { listTeam } from '@/api/shop'
import { toAppError, type AppError } from '@/api/errors'
import type { ProductRow, TeamMember } from '@/api/types'
import { useRecordLoader } from '@/lib/recordLoader'

/**
 * The Voice-of-Customer log: filters, rows with their (late-arriving)
 * verdicts, the suggestions, the entry open in the drawer and the choice
 * lists every form needs.
 */
export const useVocStore = defineStore('voc', () => {
  const statuses = ref<string[]>([])
  const owner = ref('') // "" anyone, a team function key, or "teammate:ID"
  const category = ref('')
  const sku = ref('')
  const search = ref('')
  const sort = ref<VocSort>('frequency')

  const rows = ref<VocRow[]>([])
  const asOf = ref(0)
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<AppError | null>(null)
  const verdicts = ref<Record<number, VocVerdict>>({})
  const selectedIndex = ref(-1)
  /** The whole log (no filter): the empty state, the tab count and the status counts. */
  const allRows = ref<VocRow[]>([])
  const total = computed(() => allRows.value.length)

  const sugg = ref<Suggestions | null>(null)
  const suggError = ref<AppError | null>(null)
  const suggLoading = ref(false)

  // The entry in the drawer: always the one last opened, whatever order the answers arrive in.
  const entry = useRecordLoader<number, VocDetail>(getEntry)
  const { record: detail, error: detailError } = entry
  /** The entry open in the drawer, 0 when none. */
  const openId = computed(() => entry.id.value ?? 0)

  const options = ref<VocOptions>({ statuses: [], fixKinds: [], owners: [], categories: [], rootCauses: [], verdicts: [], defaultImpactWeeks: 4, maxImpactWeeks: 26 })
  const team = ref<TeamMember[]>([])
  const products = ref<ProductRow[]>([])
  const cards = ref<CardSummary[]>([])

  const filtered = computed(() => statuses.value.length > 0 || owner.value !== '' || category.value !== '' || sku.value.trim() !== '' || search.value.trim() !== '')

  /** key → label for categories, subcategories, root causes, statuses, fix kinds and owners. */
  const labels = computed<Record<string, string>>(() => {
    const out: Record<string, string> = {}
    for (const c of options.value.categories) {
      out[`category.${c.key}`] = c.label
      for (const s of c.subcategories) out[`subcategory.${s.key}`] = s.label
    }
    for (const [kind, list] of [['rootCause', options.value.rootCauses], ['status', options.value.statuses], ['fixKind', options.value.fixKinds], ['owner', options.value.owners]] as const) {
      for (const o of list) out[`${kind}.${o.key}`] = o.label
    }
    return out
  })
  const label = (kind: string, key: string): string => (key ? labels.value[`${kind}.${key}`] ?? key : '')
  const productName = computed<Record<string, string>>(() => Object.fromEntries(products.value.map((p) => [p.key, p.name])))

  async function loadOptions(): Promise<void> {
    try {
      options.value = await vocOptions()
    } catch (e) {
      error.value = toAppError(e)
    }
    // Names and pickers still work partly without these.
    await Promise.all([
      listTeam().then((t) => (team.value = t)).catch(() => undefined),
      listProducts().then((p) => (products.value = p)).catch(() => undefined),
      listCards().then((c) => (cards.value = c)).catch(() => undefined),
    ])
  }

  let listSeq = 0
  async function reload(): Promise<void> {
    const seq = ++listSeq
    loading.value = true
    try {
      const [teammate, id] = owner.value.startsWith('teammate:') ? ['teammate', Number(owner.value.slice(9))] : [owner.value, 0]
      const [list, all] = await Promise.all([
        listEntries({ statuses: statuses.value, owner: teammate, ownerTeammateId: id, category: category.value, sku: sku.value.trim(), search: search.value.trim(), sort: sort.value }),
        filtered.value ? listEntries({ statuses: [], owner: '', ownerTeammateId: 0, category: '', sku: '', search: '', sort: 'updated' }) : null,
      ])
      if (seq !== listSeq) return
      rows.value = list.rows
      asOf.value = list.asOf
      allRows.value = all ? all.rows : list.rows
      error.value = null
      if (selectedIndex.value >= rows.value.length) selectedIndex.value = rows.value.length - 1
    } catch (e) {
      if (seq === listSeq) error.value = toAppError(e)
    } finally {
      if (seq === listSeq) {
        loading.value = false
        loaded.value = true
      }
    }
    if (seq === listSeq) void loadRowVerdicts(seq)
  }

  async function loadRowVerdicts(seq: number): Promise<void> {
    const ids = rows.value.filter((r) => r.fixShippedOn).map((r) => r.id)
    try {
      const list = await loadVerdicts(ids)
      if (seq !== listSeq) return
      verdicts.value = Object.fromEntries(list.map((v) => [v.id, v]))
    } catch {
      // The chips stay empty; the entry page shows the verdict itself.
    }
  }

  async function reloadSuggestions(): Promise<void> {
    suggLoading.value = true
    try {
      sugg.value = await loadSuggestions()
      suggError.value = null
    } catch (e) {
      suggError.value = toAppError(e)
    } finally {
      suggLoading.value = false
    }
  }

  /** Reloads the open entry (after an edit or a data change); an entry opened since wins. */
  async function loadDetail(id = openId.value): Promise<void> {
    if (id && id === openId.value) await entry.reload()
  }

  function open(id: number): void {
    const i = rows.value.findIndex((r) => r.id === id)
    if (i >= 0) selectedIndex.value = i
    void entry.open(id)
  }
  function close(): void {
    entry.close()
  }
  function move(delta: number): void {
    if (!rows.value.length) return
    selectedIndex.value = Math.min(rows.value.length - 1, Math.max(0, selectedIndex.value + delta))
  }

  return {
    statuses, owner, category, sku, search, sort, rows, allRows, asOf, loading, loaded, error, verdicts, selectedIndex, total, filtered,
    sugg, suggError, suggLoading, openId, detail, detailError, options, team, products, cards, labels, label, productName,
    loadOptions, reload, reloadSuggestions, loadDetail, open, close, move,
  }
})
