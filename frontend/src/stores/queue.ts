import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { queue } from '@/api/timeline'
import { toAppError, type AppError } from '@/api/errors'
import { STAGES, type QueueItem, type QueueTab, type StageRef } from '@/api/types'
import { SparsePageCache } from '@/lib/pageCache'
import { moveIndex } from '@/lib/queueKeys'

/** A row of the virtual list: a stage header or the item at a queue index. */
export type QueueRow =
  | { key: string; kind: 'header'; stage: string; count: number }
  | { key: string; kind: 'item'; index: number }

export const refKey = (r: StageRef) => `${r.orderId}:${r.stage}`

/**
 * Builds the list rows: due and upcoming come grouped by stage (the backend
 * sorts by stage, then oldest first), so each group's header goes before its
 * first item. Done is one list, newest first.
 */
export function buildRows(total: number, counts: Record<string, number>, grouped: boolean): QueueRow[] {
  const rows: QueueRow[] = []
  if (!grouped) {
    for (let i = 0; i < total; i++) rows.push({ key: `i${i}`, kind: 'item', index: i })
    return rows
  }
  let at = 0
  for (const stage of STAGES) {
    const n = Math.min(counts[stage] ?? 0, total - at)
    if (n <= 0) continue
    rows.push({ key: `h-${stage}`, kind: 'header', stage, count: n })
    for (let i = at; i < at + n; i++) rows.push({ key: `i${i}`, kind: 'item', index: i })
    at += n
  }
  for (let i = at; i < total; i++) rows.push({ key: `i${i}`, kind: 'item', index: i })
  return rows
}

export const useQueueStore = defineStore('queue', () => {
  const tab = ref<QueueTab>('due')
  const search = ref('')
  const total = ref(0)
  const counts = ref<Record<string, number>>({})
  const rows = shallowRef<QueueRow[]>([])
  const version = ref(0)
  const loading = ref(false)
  const loadedOnce = ref(false)
  const error = ref<AppError | null>(null)
  const selectedIndex = ref(-1)
  /** Checked cards, by "orderId:stage". */
  const checked = ref<Map<string, StageRef>>(new Map())
  /** Upcoming total, for the "what comes next" empty state. */
  const upcomingTotal = ref(0)

  const cache = new SparsePageCache<QueueItem>({
    onChange: () => {
      version.value++
      if (cache.total !== total.value) setTotal(cache.total)
    },
    onError: (e) => {
      error.value = toAppError(e)
    },
  }, { pageSize: 200 })

  function setTotal(n: number): void {
    total.value = n
    rows.value = buildRows(n, counts.value, tab.value !== 'done')
    if (selectedIndex.value >= n) selectedIndex.value = n - 1
  }

  let token = 0
  async function reload(): Promise<void> {
    const mine = ++token
    const t = tab.value
    const s = search.value.trim()
    loading.value = true
    error.value = null
    try {
      const n = await cache.reset(async (offset, limit) => {
        const p = await queue(t, { stage: '', search: s, offset, limit })
        if (offset === 0) counts.value = p.counts
        return { total: p.total, offset: p.offset, rows: p.items }
      })
      if (n === null || mine !== token) return
      setTotal(n)
      version.value++
      pruneChecked()
      if (t === 'due' && n === 0 && !s) {
        upcomingTotal.value = (await queue('upcoming', { stage: '', search: '', offset: 0, limit: 1 })).total
      }
    } catch (e) {
      if (mine === token) error.value = toAppError(e)
    } finally {
      if (mine === token) {
        loading.value = false
        loadedOnce.value = true
      }
    }
  }

  /** Drops checks for cards no longer loaded in this tab. */
  function pruneChecked(): void {
    if (checked.value.size === 0) return
    const present = new Set<string>()
    for (let i = 0; i < total.value; i++) {
      const it = cache.get(i)
      if (it) present.add(refKey(it))
    }
    checked.value = new Map([...checked.value].filter(([k]) => present.has(k)))
  }

  function setTab(t: QueueTab): void {
    if (tab.value === t) return
    tab.value = t
    selectedIndex.value = -1
    checked.value = new Map()
    void reload()
  }

  /** The item at queue index i; undefined (and requested) while loading. Reactive. */
  function itemAt(i: number): QueueItem | undefined {
    void version.value
    const it = cache.get(i)
    if (!it) cache.request(i)
    return it
  }

  function move(delta: number): void {
    selectedIndex.value = moveIndex(selectedIndex.value, delta, total.value)
    if (selectedIndex.value >= 0) cache.request(selectedIndex.value)
  }

  function toggle(item: QueueItem): void {
    const next = new Map(checked.value)
    const k = refKey(item)
    if (next.has(k)) next.delete(k)
    else next.set(k, { orderId: item.orderId, stage: item.stage })
    checked.value = next
  }

  const checkedRefs = computed(() => [...checked.value.values()])
  /** Row index of queue index i (headers come before their items). */
  const rowOf = (i: number) => rows.value.findIndex((r) => r.kind === 'item' && r.index === i)

  return {
    tab, search, total, counts, rows, version, loading, loadedOnce, error, selectedIndex, checked, checkedRefs,
    upcomingTotal, reload, setTab, itemAt, move, toggle, rowOf, clearChecked: () => (checked.value = new Map()),
  }
})
