// A sparse, page-wise cache behind the virtual order table. The table holds
// `total` slots; a slot's row is fetched (a page at a time) when the table
// renders it. Scrolling fast across 100,000 rows renders thousands of slots
// in passing, so requests are debounced and only pages wanted in the last
// moments before scrolling settles are fetched. A new filter starts a new
// generation; responses from an older generation are dropped.

export interface Page<Row> {
  total: number
  offset: number
  rows: Row[]
}

export type PageFetcher<Row> = (offset: number, limit: number) => Promise<Page<Row>>

export interface PageCacheOptions {
  pageSize?: number
  /** Quiet time after the last request before fetching. */
  debounceMs?: number
  /** Pages requested this long before the newest request are skipped. */
  windowMs?: number
  /** At most this many pages per flush (the ones nearest the newest request). */
  maxPagesPerFlush?: number
  now?: () => number
}

export interface PageCacheEvents {
  /** Rows arrived or the total changed. */
  onChange?: () => void
  /** A page failed to load; it is retried the next time it is requested. */
  onError?: (error: unknown) => void
}

export class SparsePageCache<Row> {
  readonly pageSize: number
  total = 0
  private readonly debounceMs: number
  private readonly windowMs: number
  private readonly maxPagesPerFlush: number
  private readonly now: () => number
  private fetcher: PageFetcher<Row> | null = null
  private generation = 0
  private pages = new Map<number, Row[]>()
  private inFlight = new Set<number>()
  private wanted = new Map<number, number>() // page → last requested at
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly events: PageCacheEvents = {}, options: PageCacheOptions = {}) {
    this.pageSize = options.pageSize ?? 200
    this.debounceMs = options.debounceMs ?? 60
    this.windowMs = options.windowMs ?? 150
    this.maxPagesPerFlush = options.maxPagesPerFlush ?? 4
    this.now = options.now ?? (() => Date.now())
  }

  /**
   * Starts over with a new fetcher (a new filter): forgets every row, loads
   * the first page and resolves with the total. Resolves with null when a
   * newer reset overtook this one.
   */
  async reset(fetcher: PageFetcher<Row>): Promise<number | null> {
    this.generation++
    const generation = this.generation
    this.fetcher = fetcher
    this.pages.clear()
    this.inFlight.clear()
    this.wanted.clear()
    this.cancelTimer()
    this.inFlight.add(0)
    try {
      const page = await fetcher(0, this.pageSize)
      if (generation !== this.generation) return null
      this.accept(0, page)
      return this.total
    } finally {
      if (generation === this.generation) this.inFlight.delete(0)
    }
  }

  /** The row in slot `index`, or undefined while its page is not loaded. */
  get(index: number): Row | undefined {
    const rows = this.pages.get(Math.floor(index / this.pageSize))
    return rows?.[index % this.pageSize]
  }

  isLoaded(index: number): boolean {
    return this.pages.has(Math.floor(index / this.pageSize))
  }

  get loadedPages(): number[] {
    return [...this.pages.keys()].sort((a, b) => a - b)
  }

  /** Asks for the page holding slot `index`; fetched after the debounce. */
  request(index: number): void {
    if (index < 0 || (this.total > 0 && index >= this.total)) return
    const page = Math.floor(index / this.pageSize)
    if (this.pages.has(page) || this.inFlight.has(page)) return
    this.wanted.set(page, this.now())
    this.cancelTimer()
    this.timer = setTimeout(() => void this.flush(), this.debounceMs)
  }

  /** Fetches the pages wanted most recently. Returns when they are settled. */
  async flush(): Promise<void> {
    this.cancelTimer()
    if (!this.fetcher || this.wanted.size === 0) return
    const newest = Math.max(...this.wanted.values())
    const recent = [...this.wanted.entries()]
      .filter(([, at]) => newest - at <= this.windowMs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, this.maxPagesPerFlush)
      .map(([page]) => page)
    this.wanted.clear()
    await Promise.all(recent.map((page) => this.load(page)))
  }

  /** Stops pending work; late responses are dropped. */
  dispose(): void {
    this.generation++
    this.cancelTimer()
    this.wanted.clear()
    this.inFlight.clear()
  }

  private async load(page: number): Promise<void> {
    const fetcher = this.fetcher
    if (!fetcher || this.pages.has(page) || this.inFlight.has(page)) return
    const generation = this.generation
    this.inFlight.add(page)
    try {
      const result = await fetcher(page * this.pageSize, this.pageSize)
      if (generation !== this.generation) return
      this.accept(page, result)
    } catch (error) {
      if (generation === this.generation) this.events.onError?.(error)
    } finally {
      if (generation === this.generation) this.inFlight.delete(page)
    }
  }

  private accept(page: number, result: Page<Row>): void {
    this.pages.set(page, result.rows)
    this.total = result.total
    this.events.onChange?.()
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer)
      this.timer = null
    }
  }
}
