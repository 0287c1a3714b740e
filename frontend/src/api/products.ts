import * as ProductService from '../../wailsjs/go/service/ProductService'
import { domain, type store } from '../../wailsjs/go/models'
import { call } from './errors'
import type { ProductContent, ProductRow } from './types'

function content(c: ProductContent | null | undefined, key: string): ProductContent {
  return {
    productKey: c?.productKey || key, setupSteps: c?.setupSteps ?? [], commonIssue: c?.commonIssue ?? '',
    commonFixes: c?.commonFixes ?? [], reviewDelayDays: c?.reviewDelayDays ?? 0, usageCycleDays: c?.usageCycleDays ?? 0,
    replenishment: c?.replenishment ?? false, reviewTips: c?.reviewTips ?? '', includedItems: c?.includedItems ?? [],
    careTips: c?.careTips ?? [], updatedAt: c?.updatedAt ?? 0,
  }
}
const row = (r: store.ProductRow): ProductRow => ({ ...r, content: content(r.content, r.key) })

export async function listProducts(): Promise<ProductRow[]> {
  return ((await call(() => ProductService.List())) ?? []).map(row)
}

/** Invalid fields (and blocked words) reject with AppError details keyed by field. */
export async function saveProductContent(c: ProductContent): Promise<ProductRow> {
  return row(await call(() => ProductService.SaveContent(domain.ProductContent.createFrom(c))))
}
