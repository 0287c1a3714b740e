import { ref, shallowRef } from 'vue'
import { toAppError, type AppError } from '@/api/errors'
import { SparsePageCache, type PageFetcher } from './pageCache'

/** A slot of a virtual table; its row lives in the page cache. */
export interface Slot {
  key: number
}

/**
 * The state behind a virtual table of remote rows (orders, support tickets):
 * one slot per matching row, rows fetched a page at a time as they are shown,
 * and reloads where only the newest one counts.
 */
export function useSparseRows<Row>() {
  const total = ref(0)
  const slots = shallowRef<Slot[]>([])
  const loading = ref(false)
  const firstLoadDone = ref(false)
  const error = ref<AppError | null>(null)
  /** Bumped when rows arrive, so cells showing placeholders re-render. */
  const version = ref(0)
  const selectedIndex = ref(-1)

  function setTotal(n: number): void {
    total.value = n
    if (slots.value.length !== n) slots.value = Array.from({ length: n }, (_, i) => ({ key: i }))
    if (selectedIndex.value >= n) selectedIndex.value = n - 1
  }

  const cache = new SparsePageCache<Row>({
    onChange: () => {
      version.value++
      if (cache.total !== total.value) setTotal(cache.total)
    },
    onError: (e) => {
      error.value = toAppError(e)
    },
  })

  let reloadToken = 0
  /** Starts over with fetcher; resolves true when this reload is the one shown. */
  async function reload(fetcher: PageFetcher<Row>): Promise<boolean> {
    const token = ++reloadToken
    loading.value = true
    error.value = null
    try {
      const n = await cache.reset(fetcher)
      if (n === null || token !== reloadToken) return false
      setTotal(n)
      version.value++
      return true
    } catch (e) {
      if (token === reloadToken) error.value = toAppError(e)
      return false
    } finally {
      if (token === reloadToken) {
        loading.value = false
        firstLoadDone.value = true
      }
    }
  }

  /** The row in slot `index`; undefined (and requested) while loading. Reactive. */
  function rowAt(index: number): Row | undefined {
    void version.value
    const row = cache.get(index)
    if (!row) cache.request(index)
    return row
  }

  return { cache, total, slots, loading, firstLoadDone, error, version, selectedIndex, setTotal, reload, rowAt }
}
