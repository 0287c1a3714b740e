import { h, type VNodeChild } from 'vue'
import type { DataTableColumns } from 'naive-ui'
import type { OrderRow } from '@/api/types'
import type { Slot } from '@/stores/orders'
import { statusLabelKey, statusTagType } from '@/lib/status'
import { formatMoney } from '@/lib/money'
import { formatShortTime } from '@/lib/dates'

export interface ColumnContext {
  t: (key: string, named?: Record<string, unknown>, plural?: number) => string
  rowAt: (index: number) => OrderRow | undefined
  timeZone: () => string
  /** The column the table is sorted by and its direction. */
  sort: () => { key: string; desc: boolean }
}

/**
 * Column widths. Order ID fits a 19-digit ID in full (sellers copy it into
 * Seller Center and chat, so it is never cut), Status the longest status
 * label with the sort arrow in its header. Created fits a date with its year ("Dec 16 2025, 15:37") and
 * Amount a four-digit amount in any currency, so neither ellipsizes; Items
 * takes what is left. The sum (906) fits the 1024 px window with the icon rail. The sum is the table's minimum width: below it the
 * table scrolls sideways instead of cutting off Status and Returns.
 */
const COLUMN_WIDTHS = {
  externalId: 184,
  createdAt: 160,
  buyer: 104,
  items: 90,
  amount: 112,
  status: 168,
  returns: 88,
} as const

export const TABLE_MIN_WIDTH = Object.values(COLUMN_WIDTHS).reduce((a, b) => a + b, 0)

const skeleton = (width: string) => h('span', { class: 'skeleton', style: { width } })

/**
 * Columns of the order table. Each cell looks its row up in the page cache
 * (which requests the page when it is missing) and shows a skeleton bar
 * until it arrives. Everything is rendered as text.
 */
export function orderColumns(ctx: ColumnContext): DataTableColumns<Slot> {
  const cell = (width: string, render: (row: OrderRow) => VNodeChild) => (slot: Slot) => {
    const row = ctx.rowAt(slot.key)
    return row ? render(row) : skeleton(width)
  }
  // Sortable columns ask the server (remote sorting): 'descend' is newest, largest or Z–A first.
  const sortable = (key: string) => ({
    sorter: true as const,
    sortOrder: ctx.sort().key === key ? (ctx.sort().desc ? ('descend' as const) : ('ascend' as const)) : (false as const),
  })
  return [
    {
      key: 'externalId',
      title: ctx.t('orders.col.id'),
      width: COLUMN_WIDTHS.externalId,
      render: cell('140px', (r) => h('span', { class: 'mono id', 'data-testid': 'order-id' }, r.externalId)),
    },
    {
      key: 'createdAt',
      title: ctx.t('orders.col.created'),
      width: COLUMN_WIDTHS.createdAt,
      ...sortable('createdAt'),
      render: cell('84px', (r) => h('span', { class: 'num' }, formatShortTime(r.createdAt, ctx.timeZone()))),
    },
    {
      key: 'buyer',
      title: ctx.t('orders.col.buyer'),
      width: COLUMN_WIDTHS.buyer,
      // Native titles, not NEllipsis tooltips: those are components per cell.
      render: cell('88px', (r) => h('span', { title: r.buyerUsername }, r.buyerUsername || '—')),
    },
    {
      key: 'items',
      title: ctx.t('orders.col.items'),
      minWidth: COLUMN_WIDTHS.items,
      render: cell('180px', (r) => h('span', { title: r.itemsSummary }, r.itemsSummary || '—')),
    },
    {
      key: 'amount',
      title: ctx.t('orders.col.amount'),
      width: COLUMN_WIDTHS.amount,
      ...sortable('amount'),
      align: 'right',
      render: cell('56px', (r) => h('span', { class: 'num' }, formatMoney(r.orderAmount, r.currency))),
    },
    {
      key: 'status',
      title: ctx.t('orders.col.status'),
      width: COLUMN_WIDTHS.status,
      ...sortable('status'),
      // Plain spans, not NTag components: thousands of cells render while scrolling.
      render: cell('76px', (r) =>
        h('span', { class: `pill pill-${statusTagType(r.status)}`, 'data-testid': 'order-status', title: r.statusRaw || undefined }, ctx.t(statusLabelKey(r.status))),
      ),
    },
    {
      key: 'returns',
      title: ctx.t('orders.col.returns'),
      width: COLUMN_WIDTHS.returns,
      render: (slot: Slot) => {
        const row = ctx.rowAt(slot.key)
        if (!row) return null
        if (!row.returnCount) return null
        return h('span', { class: 'pill pill-warning round' }, ctx.t('orders.returnsBadge', { n: row.returnCount }, row.returnCount))
      },
    },
  ]
}
