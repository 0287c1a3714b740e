import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { getOrder, orderDates, queryOrders, statusCounts } from '@/api/orders'
import type { OrderDetail, OrderFilter, OrderRow } from '@/api/types'
import { useRecordLoader } from '@/lib/recordLoader'
import { useSparseRows } from '@/lib/useSparseRows'
import { pickerDay } from '@/lib/dates'

export type { Slot } from '@/lib/useSparseRows'

/** Columns the order table sorts by (on the server, through indexes). */
export type OrderSort = 'created' | 'amount' | 'status'

export const useOrdersStore = defineStore('orders', () => {
  const search = ref('')
  const statuses = ref<string[]>([])
  const range = ref<[number, number] | null>(null)
  /** Table sort: by a column, descending (newest, largest, Z–A) or not. Done by the database. */
  const sortKey = ref<OrderSort>('created')
  const sortDesc = ref(true)
  /** The newest order's creation time (UTC ms), where the date picker opens; 0 = no orders. */
  const newestAt = ref(0)

  const list = useSparseRows<OrderRow>()
  const { cache, total, slots, loading, firstLoadDone, error, version, selectedIndex, rowAt } = list
  const counts = ref<Record<string, number>>({})
  const drawerOpen = ref(false)
  // The order in the drawer: always the one last opened, whatever order the answers arrive in.
  const order = useRecordLoader<number, OrderDetail>(getOrder)
  const { record: detail, error: detailError } = order
  /** True while a row's page or its order is on its way. */
  const pageLoading = ref(false)
  const detailLoading = computed(() => pageLoading.value || order.loading.value)

  const filtered = computed(() => search.value.trim() !== '' || statuses.value.length > 0 || range.value !== null)

  function baseFilter(): OrderFilter {
    return {
      search: search.value.trim(),
      statuses: [...statuses.value],
      fromDay: range.value ? pickerDay(range.value[0]) : '',
      toDay: range.value ? pickerDay(range.value[1]) : '',
      offset: 0,
      limit: cache.pageSize,
      oldest: !sortDesc.value,
      sort: sortKey.value,
    }
  }

  /** Reloads from the first page with the current filter; rows are fetched again as shown. */
  async function reload(): Promise<void> {
    const filter = baseFilter()
    await list.reload((offset, limit) => queryOrders({ ...filter, offset, limit }))
  }

  /** A new filter: start again at the top. */
  function filterChanged(): void {
    selectedIndex.value = -1
    void reload()
    void loadCounts()
  }

  /** Status counts over the current search and dates (a later call wins). */
  let countsSeq = 0
  async function loadCounts(): Promise<void> {
    const mine = ++countsSeq
    try {
      const c = await statusCounts(baseFilter())
      if (mine === countsSeq) counts.value = c
    } catch {
      // The filter still works without counts.
    }
  }

  async function loadDates(): Promise<void> {
    try {
      newestAt.value = (await orderDates()).newestAt * 1000
    } catch {
      // The picker opens on today instead.
    }
  }

  function setSort(key: OrderSort, desc: boolean): void {
    sortKey.value = key
    sortDesc.value = desc
    filterChanged()
  }

  let openSeq = 0

  async function openOrder(index: number): Promise<void> {
    if (index < 0 || index >= total.value) return
    selectedIndex.value = index
    drawerOpen.value = true
    const mine = ++openSeq
    let row = cache.get(index)
    pageLoading.value = !row
    if (!row) {
      // Not loaded yet (fast keyboard travel): load its page first; a later open wins.
      cache.request(index)
      await cache.flush()
      if (mine !== openSeq) return
      pageLoading.value = false
      row = cache.get(index)
      if (!row) {
        // The list changed under the click (a new search landed): never leave
        // an empty drawer open; the seller clicks the row that is there now.
        drawerOpen.value = false
        return
      }
    }
    await order.open(row.id)
  }

  /** Opens the drawer on an order by id, from outside the table (the timeline). */
  function showOrder(id: number): void {
    openSeq++
    pageLoading.value = false
    selectedIndex.value = -1
    drawerOpen.value = true
    void order.open(id)
  }

  function closeDrawer(): void {
    drawerOpen.value = false
  }

  /** j/k: moves the selection; the open drawer follows it. */
  function move(delta: number): void {
    if (total.value === 0) return
    const next = Math.min(total.value - 1, Math.max(0, selectedIndex.value + delta))
    if (next === selectedIndex.value) return
    if (drawerOpen.value) void openOrder(next)
    else {
      selectedIndex.value = next
      cache.request(next)
    }
  }

  /** After data:changed: same filter, fresh rows, fresh drawer. */
  async function refresh(): Promise<void> {
    await Promise.all([reload(), loadCounts(), loadDates()])
    // Rows may have moved; the drawer keeps showing the same order.
    if (drawerOpen.value) await order.reload()
  }

  return {
    search, statuses, range, sortKey, sortDesc, newestAt, total, slots, loading, firstLoadDone, error, counts, version, filtered,
    selectedIndex, drawerOpen, detail, detailLoading, detailError,
    reload, filterChanged, loadCounts, loadDates, setSort, rowAt, openOrder, showOrder, closeDrawer, move, refresh,
  }
})
