// The compact columns of each drill-down list. Buyer, review and comment
// words are rendered as text nodes (never HTML), one line with the full text
// in a tooltip.
import { h, type VNode } from 'vue'
import type { DataTableColumns } from 'naive-ui'
import type { DrillBuyer, DrillComment, DrillKind, DrillLine, DrillReview, DrillTicket } from '@/api/scorecard'
import { formatShortTime } from '@/lib/dates'
import { formatMoney } from '@/lib/money'
import { hoursBetween } from './format'

type T = (key: string, named?: Record<string, unknown>) => string
export type DrillRow = DrillLine | DrillTicket | DrillReview | DrillComment | DrillBuyer

export interface ColumnContext {
  t: T
  te: (key: string) => boolean
  zone: string
  subcategory: (key: string) => string
}

const DAY = 86_400
const mono = (s: string) => h('span', { class: 'mono' }, s || '—')
const text = (s: string) => h('span', { class: 'drill-text', title: s }, s || '—')
const pill = (s: string, tone = '') => h('span', { class: ['pill', tone ? `pill-${tone}` : ''] }, s)
const time = (c: ColumnContext, at: number) => h('span', { class: 'num nowrap' }, formatShortTime(at, c.zone))
/** A value with a quieter second line under it (a product name, a refund reason). */
const twoLines = (first: VNode, second: string) =>
  h('div', { class: 'two' }, [first, second ? h('div', { class: 'drill-sub small', title: second }, second) : null])

function lines(c: ColumnContext): DataTableColumns<DrillLine> {
  return [
    { key: 'order', title: c.t('scorecard.drill.col.order'), width: 176, render: (r) => mono(r.orderExternalId) },
    { key: 'created', title: c.t('scorecard.drill.col.created'), width: 118, render: (r) => time(c, r.createdAt) },
    { key: 'sku', title: c.t('scorecard.drill.col.product'), minWidth: 210, render: (r) => twoLines(h('span', { class: 'mono' }, r.sku), r.productName) },
    { key: 'qty', title: c.t('scorecard.drill.col.qty'), width: 56, align: 'right', render: (r) => String(r.quantity) },
    { key: 'subtotal', title: c.t('scorecard.drill.col.subtotal'), width: 96, align: 'right', render: (r) => h('span', { class: 'num' }, formatMoney(r.subtotalAfter, r.currency)) },
    { key: 'status', title: c.t('scorecard.drill.col.status'), width: 104, render: (r) => (c.te(`status.${r.status}`) ? c.t(`status.${r.status}`) : r.status) },
    {
      key: 'refund', title: c.t('scorecard.drill.col.refund'), width: 180,
      render: (r) => (r.refunded
        ? twoLines(pill(c.t('scorecard.drill.refunded'), 'error'), [r.returnReason, r.returnStatus].filter(Boolean).join(' · '))
        : h('span', { class: 'drill-sub' }, '—')),
    },
  ]
}

function tickets(c: ColumnContext): DataTableColumns<DrillTicket> {
  return [
    { key: 'id', title: c.t('scorecard.drill.col.ticket'), width: 92, render: (r) => mono(r.externalId || `#${r.id}`) },
    { key: 'opened', title: c.t('scorecard.drill.col.opened'), width: 116, render: (r) => time(c, r.openedAt) },
    {
      key: 'first', title: c.t('scorecard.drill.col.firstReply'), width: 96,
      render: (r) => {
        if (!r.firstResponseAt) return pill(c.t('scorecard.drill.unanswered'), 'error')
        const hours = (r.firstResponseAt - r.openedAt) / 3600
        return h('span', { class: ['num', hours > 24 ? 'late' : hours > 12 ? 'slow' : ''] }, hoursBetween(r.openedAt, r.firstResponseAt))
      },
    },
    { key: 'sub', title: c.t('scorecard.drill.col.subcategory'), width: 140, ellipsis: { tooltip: true }, render: (r) => c.subcategory(r.subcategory) },
    { key: 'status', title: c.t('scorecard.drill.col.status'), width: 126, render: (r) => (c.te(`support.status.${r.status}`) ? c.t(`support.status.${r.status}`) : r.status) },
    { key: 'text', title: c.t('scorecard.drill.col.buyerText'), minWidth: 200, ellipsis: { tooltip: true }, render: (r) => text(r.buyerText) },
    { key: 'order', title: c.t('scorecard.drill.col.order'), width: 170, render: (r) => mono(r.orderExternalId) },
  ]
}

function stars(n: number) {
  return h('span', { class: ['stars', n <= 2 ? 'low' : ''], 'aria-label': `${n} of 5` }, '★'.repeat(n) + '☆'.repeat(Math.max(0, 5 - n)))
}

function reviews(c: ColumnContext): DataTableColumns<DrillReview> {
  return [
    { key: 'posted', title: c.t('scorecard.drill.col.posted'), width: 116, render: (r) => time(c, r.postedAt) },
    { key: 'rating', title: c.t('scorecard.drill.col.rating'), width: 86, render: (r) => stars(r.rating) },
    { key: 'words', title: c.t('scorecard.drill.col.words'), width: 64, align: 'right', render: (r) => h('span', { class: ['num', r.wordCount < 11 ? 'short' : ''] }, String(r.wordCount)) },
    { key: 'text', title: c.t('scorecard.drill.col.review'), minWidth: 260, ellipsis: { tooltip: true }, render: (r) => text(r.body) },
    { key: 'sku', title: c.t('scorecard.drill.col.sku'), width: 150, ellipsis: { tooltip: true }, render: (r) => mono(r.sku) },
    { key: 'order', title: c.t('scorecard.drill.col.order'), width: 170, render: (r) => mono(r.orderExternalId) },
  ]
}

function comments(c: ColumnContext): DataTableColumns<DrillComment> {
  return [
    { key: 'posted', title: c.t('scorecard.drill.col.posted'), width: 116, render: (r) => time(c, r.postedAt) },
    { key: 'neg', title: '', width: 84, render: (r) => (r.negative ? pill(c.t('scorecard.drill.negative'), 'error') : pill(c.t('scorecard.drill.notNegative'))) },
    { key: 'text', title: c.t('scorecard.drill.col.comment'), minWidth: 240, ellipsis: { tooltip: true }, render: (r) => text(r.body) },
    { key: 'author', title: c.t('scorecard.drill.col.author'), width: 130, ellipsis: { tooltip: true }, render: (r) => text(r.author) },
    { key: 'video', title: c.t('scorecard.drill.col.video'), width: 190, ellipsis: { tooltip: true }, render: (r) => text(r.video) },
    { key: 'defect', title: c.t('scorecard.drill.col.defect'), width: 130, ellipsis: { tooltip: true }, render: (r) => (r.subcategory ? c.subcategory(r.subcategory) : '—') },
  ]
}

function buyers(c: ColumnContext): DataTableColumns<DrillBuyer> {
  return [
    { key: 'buyer', title: c.t('scorecard.drill.col.buyer'), minWidth: 180, ellipsis: { tooltip: true }, render: (r) => text(r.buyer) },
    { key: 'first', title: c.t('scorecard.drill.col.firstOrder'), width: 180, render: (r) => mono(r.firstOrderExternalId) },
    { key: 'firstAt', title: c.t('scorecard.drill.col.firstAt'), width: 120, render: (r) => time(c, r.firstAt) },
    {
      key: 'next', title: c.t('scorecard.drill.col.cameBack'), width: 220,
      render: (r) => (r.nextAt
        ? h('span', {}, [pill(c.t('scorecard.drill.daysLater', { n: Math.max(0, Math.floor((r.nextAt - r.firstAt) / DAY)) }), 'success'), h('span', { class: 'drill-sub num nowrap' }, ` ${formatShortTime(r.nextAt, c.zone)}`)])
        : h('span', { class: 'drill-sub' }, c.t('scorecard.drill.notYet'))),
    },
  ]
}

/** The columns for a drill-down kind. */
export function drillColumns(kind: DrillKind, c: ColumnContext): DataTableColumns<DrillRow> {
  const byKind = { lines, tickets, reviews, comments, buyers }
  return byKind[kind](c) as DataTableColumns<DrillRow>
}

/** A stable row key across kinds. */
export function drillRowKey(kind: DrillKind, r: DrillRow, index: number): string {
  switch (kind) {
    case 'lines': return `${(r as DrillLine).orderId}-${(r as DrillLine).sku}-${index}`
    case 'buyers': return String((r as DrillBuyer).customerId)
    default: return String((r as DrillTicket).id)
  }
}

/** What a row opens: its order, or its ticket in Support; null when nothing. */
export function drillTargetOf(kind: DrillKind, r: DrillRow): { order: number; ticket: number } | null {
  switch (kind) {
    case 'lines': return (r as DrillLine).orderId ? { order: (r as DrillLine).orderId, ticket: 0 } : null
    case 'reviews': return (r as DrillReview).orderId ? { order: (r as DrillReview).orderId, ticket: 0 } : null
    case 'buyers': return (r as DrillBuyer).firstOrderId ? { order: (r as DrillBuyer).firstOrderId, ticket: 0 } : null
    case 'tickets': return { order: 0, ticket: (r as DrillTicket).id }
    case 'comments': return (r as DrillComment).ticketId ? { order: 0, ticket: (r as DrillComment).ticketId } : null
  }
  return null
}
