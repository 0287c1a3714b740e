import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { getTicket, inbox, taxonomy, type Taxonomy, type Ticket, type TicketDetail, type TicketFilter } from '@/api/support'
import { useRecordLoader } from '@/lib/recordLoader'
import { useSparseRows } from '@/lib/useSparseRows'

export type { Slot } from '@/lib/useSparseRows'

/** Saved views above the inbox. */
export type InboxView = 'open' | 'mine' | 'proof' | 'soon' | 'breached' | 'flagged' | 'all'

const OPEN_STATUSES = ['new', 'acknowledged', 'waiting_for_proof', 'diagnosing', 'resolution_offered']

/**
 * The support inbox: filter, a sparse page cache behind the virtual table
 * (100,000 tickets scroll like 50), the checked tickets for bulk changes and
 * the ticket open in the drawer.
 */
export const useSupportStore = defineStore('support', () => {
  const view = ref<InboxView>('open')
  const search = ref('')
  const category = ref('')
  const channel = ref('')
  const assignee = ref(-1) // -1 anyone, 0 unassigned
  const sku = ref('')
  const tag = ref('')
  /** The teammate using the app ("mine"); shared with the timeline's "sending as". */
  const me = ref(0)

  const list = useSparseRows<Ticket>()
  const { cache, total, slots, loading, firstLoadDone, error, version, selectedIndex, rowAt } = list
  const checked = ref<Set<number>>(new Set())

  const drawerOpen = ref(false)
  // The ticket in the drawer: always the one last opened, whatever order the answers arrive in.
  const ticket = useRecordLoader<number, TicketDetail>(getTicket)
  const { record: detail, loading: detailLoading, error: detailError } = ticket
  const tax = ref<Taxonomy>({ categories: [], rootCauses: [], resolutions: [] })

  const filtered = computed(() => search.value.trim() !== '' || category.value !== '' || channel.value !== '' ||
    assignee.value !== -1 || sku.value !== '' || tag.value !== '')

  function filter(): TicketFilter {
    const f: TicketFilter = {
      statuses: [], category: category.value, subcategory: '', channel: channel.value, assigneeId: assignee.value,
      breached: false, use24h: false, flaggedOnly: false, sku: sku.value.trim(), tag: tag.value, breachingSoon: false,
      search: search.value.trim(), limit: cache.pageSize, offset: 0,
    }
    switch (view.value) {
      case 'open': f.statuses = [...OPEN_STATUSES]; break
      case 'mine': f.statuses = [...OPEN_STATUSES]; f.assigneeId = me.value; break
      case 'proof': f.statuses = ['waiting_for_proof']; break
      case 'soon': f.breachingSoon = true; break
      case 'breached': f.statuses = [...OPEN_STATUSES]; f.breached = true; break
      case 'flagged': f.flaggedOnly = true; break
    }
    return f
  }

  async function reload(): Promise<void> {
    const f = filter()
    if (await list.reload((offset, limit) => inbox({ ...f, offset, limit }))) pruneChecked()
  }

  /** Drops checked tickets that left the list (closed in the drawer, filtered out), so a bulk change never hits a row the seller cannot see. */
  function pruneChecked(): void {
    if (!checked.value.size) return
    const visible = new Set<number>()
    for (let i = 0; i < Math.min(total.value, cache.pageSize); i++) {
      const r = cache.get(i)
      if (r) visible.add(r.id)
    }
    const kept = [...checked.value].filter((id) => visible.has(id))
    if (kept.length !== checked.value.size) checked.value = new Set(kept)
  }

  function filterChanged(): void {
    selectedIndex.value = -1
    checked.value = new Set()
    void reload()
  }

  /** Reloads the ticket in the drawer (after an edit); a ticket opened since wins. */
  async function loadDetail(id: number): Promise<void> {
    if (ticket.id.value === id) await ticket.reload()
  }

  async function openAt(index: number): Promise<void> {
    if (index < 0 || index >= total.value) return
    selectedIndex.value = index
    let row = cache.get(index)
    if (!row) {
      cache.request(index)
      await cache.flush()
      row = cache.get(index)
      if (!row) return
    }
    drawerOpen.value = true
    await ticket.open(row.id)
  }

  function openTicket(id: number): void {
    drawerOpen.value = true
    void ticket.open(id)
  }

  function move(delta: number): void {
    if (total.value === 0) return
    const next = Math.min(total.value - 1, Math.max(0, selectedIndex.value + delta))
    if (next === selectedIndex.value) return
    if (drawerOpen.value) void openAt(next)
    else {
      selectedIndex.value = next
      cache.request(next)
    }
  }

  function toggle(id: number): void {
    const s = new Set(checked.value)
    if (s.has(id)) s.delete(id)
    else s.add(id)
    checked.value = s
  }

  async function loadTaxonomy(): Promise<void> {
    if (tax.value.categories.length) return
    try {
      tax.value = await taxonomy()
    } catch {
      // Labels fall back to keys.
    }
  }

  /** Label of any support key (category, subcategory, root cause, resolution). */
  const labels = computed(() => {
    const m: Record<string, string> = {}
    for (const c of tax.value.categories) {
      m[c.key] = c.label
      for (const s of c.subcategories) m[s.key] = s.label
    }
    for (const o of [...tax.value.rootCauses, ...tax.value.resolutions]) m[o.key] = o.label
    return m
  })

  async function refresh(): Promise<void> {
    await reload()
    // The drawer refreshes the ticket it was last opened for, never the one it happens to show.
    if (drawerOpen.value) await ticket.reload()
  }

  return {
    view, search, category, channel, assignee, sku, tag, me, total, slots, loading, firstLoadDone, error, version,
    selectedIndex, checked, drawerOpen, detail, detailLoading, detailError, tax, labels, filtered,
    filter, reload, filterChanged, rowAt, openAt, openTicket, loadDetail, move, toggle, loadTaxonomy, refresh,
  }
})
