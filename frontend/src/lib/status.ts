import { ORDER_STATUSES, type OrderStatus } from '@/api/types'

type TagType = 'default' | 'primary' | 'info' | 'success' | 'warning' | 'error'

const tagTypes: Record<OrderStatus, TagType> = {
  unpaid: 'default',
  awaiting_shipment: 'warning',
  shipped: 'info',
  delivered: 'success',
  completed: 'primary',
  returned: 'error',
  cancelled: 'default',
  unknown: 'default',
}

function isOrderStatus(s: string): s is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(s)
}

export function statusTagType(status: string): TagType {
  return isOrderStatus(status) ? tagTypes[status] : 'default'
}

/** i18n key of a normalized status; anything unexpected reads as "Unknown". */
export function statusLabelKey(status: string): string {
  return `status.${isOrderStatus(status) ? status : 'unknown'}`
}
