import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { toAppError, type AppError } from '@/api/errors'

export interface RecordLoader<K, T> {
  /** The id the drawer was last opened for (null when closed). */
  id: Ref<K | null>
  /** The record for `id`, or null while it loads; never another id's record. */
  record: ShallowRef<T | null>
  loading: Ref<boolean>
  error: Ref<AppError | null>
  /** Opens id: every open is a new request, and only the newest answer is shown. Resolves true when this answer was shown. */
  open(id: K): Promise<boolean>
  /** Asks again for the id last opened (after an edit or a data change); the record stays on screen meanwhile. */
  reload(): Promise<boolean>
  /** Forgets the open id; answers still on their way are dropped. The record stays for the closing animation. */
  close(): void
}

/**
 * Loads one record by id for a drawer. Responses can arrive out of order
 * (a slow answer for the record viewed before, a refresh started earlier):
 * each request gets a number, and an answer is applied only when it belongs
 * to the newest request and to the id still open. Switching to another id
 * empties the record at once, so the previous one is never shown under the
 * new id's actions.
 */
export function useRecordLoader<K, T>(fetch: (id: K) => Promise<T>): RecordLoader<K, T> {
  const id = ref<K | null>(null) as Ref<K | null>
  const record = shallowRef<T | null>(null)
  const loading = ref(false)
  const error = ref<AppError | null>(null)
  let seq = 0

  async function request(want: K): Promise<boolean> {
    const mine = ++seq
    loading.value = true
    try {
      const r = await fetch(want)
      if (mine !== seq || id.value !== want) return false
      record.value = r
      error.value = null
      return true
    } catch (e) {
      if (mine === seq && id.value === want) error.value = toAppError(e)
      return false
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function open(next: K): Promise<boolean> {
    if (id.value !== next) record.value = null
    id.value = next
    error.value = null
    return request(next)
  }

  function reload(): Promise<boolean> {
    return id.value === null ? Promise.resolve(false) : request(id.value)
  }

  function close(): void {
    seq++
    id.value = null
    loading.value = false
    error.value = null
  }

  return { id, record, loading, error, open, reload, close }
}
