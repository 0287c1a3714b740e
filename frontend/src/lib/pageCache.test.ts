import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SparsePageCache, type Page } from './pageCache'

interface Row { n: number }

/** A fake backend with `total` rows whose responses the test releases. */
function fakeBackend(total: number) {
  const calls: { offset: number; limit: number; resolve: () => void; reject: (e: unknown) => void }[] = []
  const fetcher = (offset: number, limit: number) =>
    new Promise<Page<Row>>((resolve, reject) => {
      const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ n: offset + i }))
      calls.push({ offset, limit, resolve: () => resolve({ total, offset, rows }), reject })
    })
  return { fetcher, calls }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('SparsePageCache', () => {
  let clock = 0
  beforeEach(() => { clock = 1000 })
  afterEach(() => vi.useRealTimers())

  const make = (onChange = vi.fn()) =>
    new SparsePageCache<Row>({ onChange }, { pageSize: 200, debounceMs: 50, windowMs: 150, now: () => clock })

  it('loads the first page on reset and reports the total', async () => {
    const cache = make()
    const backend = fakeBackend(100_000)
    const done = cache.reset(backend.fetcher)
    expect(backend.calls).toHaveLength(1)
    expect(backend.calls[0]).toMatchObject({ offset: 0, limit: 200 })
    backend.calls[0]!.resolve()
    expect(await done).toBe(100_000)
    expect(cache.get(0)).toEqual({ n: 0 })
    expect(cache.get(199)).toEqual({ n: 199 })
    expect(cache.get(200)).toBeUndefined()
    expect(cache.isLoaded(200)).toBe(false)
  })

  it('fetches a requested page once, after the debounce', async () => {
    vi.useFakeTimers()
    const onChange = vi.fn()
    const cache = make(onChange)
    const backend = fakeBackend(100_000)
    const done = cache.reset(backend.fetcher)
    backend.calls[0]!.resolve()
    await done
    cache.request(50_010)
    cache.request(50_020)
    cache.request(50_199)
    expect(backend.calls).toHaveLength(1)
    vi.advanceTimersByTime(60)
    expect(backend.calls).toHaveLength(2)
    expect(backend.calls[1]).toMatchObject({ offset: 50_000, limit: 200 })
    cache.request(50_100) // in flight: no second request
    vi.advanceTimersByTime(60)
    expect(backend.calls).toHaveLength(2)
    backend.calls[1]!.resolve()
    await vi.runAllTimersAsync()
    expect(cache.get(50_123)).toEqual({ n: 50_123 })
    expect(onChange).toHaveBeenCalledTimes(2)
    cache.request(50_150) // loaded: nothing to do
    vi.advanceTimersByTime(60)
    expect(backend.calls).toHaveLength(2)
  })

  it('skips pages the user scrolled past long before settling', async () => {
    const cache = make()
    const backend = fakeBackend(100_000)
    const done = cache.reset(backend.fetcher)
    backend.calls[0]!.resolve()
    await done
    for (let page = 1; page <= 40; page++) {
      clock += 20
      cache.request(page * 200)
    }
    await Promise.resolve()
    void cache.flush()
    const offsets = backend.calls.slice(1).map((c) => c.offset).sort((a, b) => a - b)
    // Only the last few pages (within 150 ms, at most 4) are fetched.
    expect(offsets).toEqual([37 * 200, 38 * 200, 39 * 200, 40 * 200])
  })

  it('drops responses that arrive after a new filter', async () => {
    const cache = make()
    const oldBackend = fakeBackend(100_000)
    const first = cache.reset(oldBackend.fetcher)
    const newBackend = fakeBackend(42)
    const second = cache.reset(newBackend.fetcher)
    newBackend.calls[0]!.resolve()
    expect(await second).toBe(42)
    oldBackend.calls[0]!.resolve() // stale: must not overwrite
    expect(await first).toBeNull()
    expect(cache.total).toBe(42)
    expect(cache.get(0)).toEqual({ n: 0 })
    expect(cache.get(41)).toEqual({ n: 41 })
    expect(cache.get(42)).toBeUndefined()
  })

  it('drops a stale page load started before the reset', async () => {
    const cache = make()
    const oldBackend = fakeBackend(100_000)
    const first = cache.reset(oldBackend.fetcher)
    oldBackend.calls[0]!.resolve()
    await first
    cache.request(1000)
    const flushing = cache.flush()
    expect(oldBackend.calls).toHaveLength(2)
    const newBackend = fakeBackend(5000)
    const second = cache.reset(newBackend.fetcher)
    oldBackend.calls[1]!.resolve()
    await flushing
    expect(cache.isLoaded(1000)).toBe(false)
    newBackend.calls[0]!.resolve()
    await second
    expect(cache.total).toBe(5000)
    expect(cache.loadedPages).toEqual([0])
  })

  it('reports a failed page and retries it when requested again', async () => {
    const onError = vi.fn()
    const cache = new SparsePageCache<Row>({ onError }, { pageSize: 200, now: () => clock })
    const backend = fakeBackend(1000)
    const done = cache.reset(backend.fetcher)
    backend.calls[0]!.resolve()
    await done
    cache.request(400)
    const failing = cache.flush()
    backend.calls[1]!.reject(new Error('boom'))
    await failing
    expect(onError).toHaveBeenCalledOnce()
    cache.request(400)
    const retry = cache.flush()
    backend.calls[2]!.resolve()
    await retry
    await settle()
    expect(cache.get(400)).toEqual({ n: 400 })
  })

  it('ignores requests outside the table', async () => {
    const cache = make()
    const backend = fakeBackend(10)
    const done = cache.reset(backend.fetcher)
    backend.calls[0]!.resolve()
    await done
    cache.request(-1)
    cache.request(10)
    await cache.flush()
    expect(backend.calls).toHaveLength(1)
  })
})
