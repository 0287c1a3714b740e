import * as OrderService from '../../wailsjs/go/service/OrderService'
import { service } from '../../wailsjs/go/models'
import { call } from './errors'
import type { OrderDetail, OrderFilter, OrderPage } from './types'

export async function queryOrders(filter: OrderFilter): Promise<OrderPage> {
  const page = await call(() => OrderService.Query(service.OrderFilter.createFrom(filter)))
  return { total: page.total ?? 0, offset: page.offset ?? 0, rows: page.rows ?? [] }
}

export async function getOrder(id: number): Promise<OrderDetail> {
  const d = await call(() => OrderService.Get(id))
  return { order: d.order, lines: d.lines ?? [], returns: d.returns ?? [] }
}

/** Orders per normalized status among those the filter's search and dates keep. */
export async function statusCounts(filter: OrderFilter): Promise<Record<string, number>> {
  return (await call(() => OrderService.StatusCounts(service.OrderFilter.createFrom(filter)))) ?? {}
}

/** The oldest and newest order days (shop-local YYYY-MM-DD; empty without orders). */
export async function orderDates(): Promise<{ oldest: string; newest: string; newestAt: number }> {
  return call(() => OrderService.Dates())
}

export interface Erasure {
  buyerKey: string
  by: string
  at: number
  orders: number
  tickets: number
  reviews: number
  comments: number
  backups: number
}

/** Erases the buyer who placed the order, everywhere (and in backups if asked). */
export async function eraseOrderBuyer(orderId: number, alsoBackups: boolean): Promise<Erasure> {
  return (await call(() => OrderService.EraseOrderBuyer(orderId, alsoBackups))) as Erasure
}

/** The erasure log, newest first (fingerprints of buyer keys, no personal data). */
export async function listErasures(): Promise<Erasure[]> {
  return ((await call(() => OrderService.Erasures())) ?? []) as Erasure[]
}
