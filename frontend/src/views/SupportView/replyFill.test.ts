import { describe, expect, it } from 'vitest'
import { fillInKeys, masked } from './replyFill'

describe('reply fill-ins', () => {
  const order = { buyerUsername: 'maya_k', externalId: '576900000000000001', productName: 'Logo Mug' }

  it('recognises masked handles', () => {
    expect(masked('m***kai1958')).toBe(true)
    expect(masked('J*** D***')).toBe(true)
    expect(masked('maya_k')).toBe(false)
    expect(masked('5* Hotel Pillow')).toBe(false)
  })

  it('asks for what a ticket without an order cannot supply', () => {
    expect(fillInKeys('Hi {{buyer_name}}, about {{order_id}} within {{hours}} h. {{input:photo}}', null)).toEqual(['buyer_name', 'order_id'])
    expect(fillInKeys('Thanks for writing!', null)).toEqual([])
  })

  it('asks for the name when the export masked it, and for anything the backend found unfilled', () => {
    expect(fillInKeys('Hi {{buyer_name}}!', order)).toEqual([])
    expect(fillInKeys('Hi {{buyer_name}}!', { ...order, buyerUsername: 'm***kai1958' })).toEqual(['buyer_name'])
    expect(fillInKeys('About {{product}} and {{input:part}}', order, ['product', 'input:part'])).toEqual(['product'])
  })
})
