// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { createApp, h, nextTick, type App } from 'vue'
import { createPinia } from 'pinia'
import { i18n } from '@/i18n'
import OrderFacts from './OrderFacts.vue'
import type { Order } from '@/api/types'

const hostile = '<img src=x onerror=alert(1)>'

function order(over: Partial<Order> = {}): Order {
  return {
    id: 1, platform: 'tiktok', externalId: '576900000000000001', customerId: 0,
    buyerUsername: '<b>buyer</b>', recipient: '<script>alert(2)</script>', statusRaw: 'Delivered', substatusRaw: '',
    status: 'delivered', currency: 'USD', orderAmount: 4784, refundAmount: 0, shippingFee: 599, taxes: 288,
    createdAt: 1718447482, paidAt: 0, rtsAt: 0, shippedAt: 0, deliveredAt: 0, cancelledAt: 0,
    trackingId: '', carrier: 'USPS', deliveryOption: '', cancelReason: '', cancelBy: '', fulfillmentType: '', buyerMessage: hostile,
    sellerNote: '<a href="javascript:alert(3)">note</a>', country: 'United States', region: 'California',
    ...over,
  }
}

let app: App | null = null
afterEach(() => {
  app?.unmount()
  app = null
  document.body.innerHTML = ''
})

async function mount(o: Order): Promise<HTMLElement> {
  const root = document.createElement('div')
  document.body.appendChild(root)
  app = createApp({ render: () => h(OrderFacts, { order: o }) })
  app.use(createPinia()).use(i18n).mount(root)
  await nextTick()
  return root
}

describe('order drawer facts', () => {
  it('shows buyer text literally, never as markup', async () => {
    const root = await mount(order())
    const message = root.querySelector('[data-testid="buyer-message"]')!
    expect(message.textContent).toBe(hostile)
    expect(root.querySelector('img')).toBeNull()
    expect(root.querySelector('script')).toBeNull()
    expect(root.querySelector('a')).toBeNull()
    expect(root.querySelector('b')).toBeNull()
    expect(root.textContent).toContain('<script>alert(2)</script>')
    expect(root.querySelector('[data-testid="seller-note"]')!.textContent).toBe('<a href="javascript:alert(3)">note</a>')
  })

  it('says so when the buyer left no message', async () => {
    const root = await mount(order({ buyerMessage: '' }))
    expect(root.querySelector('[data-testid="buyer-message"]')).toBeNull()
    expect(root.querySelector('[data-testid="buyer-message-empty"]')!.textContent).toContain('No message')
  })

  it('formats amounts in the order currency', async () => {
    const root = await mount(order())
    expect(root.textContent).toContain('$47.84')
    expect(root.textContent).toContain('$5.99')
  })
})
