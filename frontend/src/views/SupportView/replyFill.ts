// Which data placeholders of a reply the teammate fills in by hand: the ones
// the ticket cannot supply. A ticket without an order has no buyer name,
// order ID or product; an export masks usernames ("m***kai1958"), and a
// reply never greets the mask. Whatever is typed here goes to the backend
// as the placeholder's fallback, so it is used exactly where data is missing.
import { usedPlaceholders } from './SavedRepliesPlaceholders'

const FILLABLE = ['buyer_name', 'order_id', 'product']

/** Same rule as the backend: two or more stars, or one between letters or digits. */
export function masked(value: string): boolean {
  return /\*\*|[\p{L}\p{N}]\*[\p{L}\p{N}]/u.test(value)
}

export interface ReplyOrder {
  buyerUsername: string
  externalId: string
  productName: string
}

/** Data placeholders in body that need a value typed in, in order of appearance. */
export function fillInKeys(body: string, order: ReplyOrder | null, unfilled: string[] = []): string[] {
  const missing = (key: string): boolean => {
    if (unfilled.includes(key)) return true
    if (!FILLABLE.includes(key)) return false
    if (!order) return true
    if (key === 'buyer_name') return !order.buyerUsername.trim() || masked(order.buyerUsername)
    if (key === 'product') return !order.productName.trim()
    return !order.externalId.trim()
  }
  return usedPlaceholders(body).filter((k) => !k.startsWith('input:') && missing(k))
}
