import { describe, expect, it } from 'vitest'
import {
  cleanFallbacks, cleanShortcut, inputName, insertAt, previewPieces, unknownPlaceholders, usedPlaceholders,
} from './SavedRepliesPlaceholders'

describe('saved-reply placeholders', () => {
  it('lists the placeholders in use once each, with free inputs', () => {
    expect(usedPlaceholders('Hi {{buyer_name}}, {{ input:part }} for {{order_id}}, {{buyer_name}}')).toEqual(['buyer_name', 'input:part', 'order_id'])
  })

  it('flags placeholders the backend refuses', () => {
    expect(unknownPlaceholders('Use {{coupon_code}} and {{input:x}} and {{hours}}')).toEqual(['coupon_code'])
  })

  it('inserts at the cursor, replacing a selection', () => {
    expect(insertAt('Hi , thanks', 3, 3, 'buyer_name')).toEqual({ body: 'Hi {{buyer_name}}, thanks', caret: 17 })
    expect(insertAt('Hi NAME!', 3, 7, 'buyer_name').body).toBe('Hi {{buyer_name}}!')
  })

  it('makes a free input name the backend accepts', () => {
    expect(inputName('  Missing Part ')).toBe('missing_part')
    expect(inputName('photo-of!')).toBe('photo_of')
  })

  it('stores shortcuts without the slash', () => {
    expect(cleanShortcut(' /Damaged ')).toBe('damaged')
  })

  it('keeps fallbacks only for placeholders still in the body', () => {
    expect(cleanFallbacks('Hi {{buyer_name}}', { buyer_name: ' there ', product: 'your order', order_id: '' })).toEqual({ buyer_name: 'there' })
  })

  it('previews data first, then the fallback, else the placeholder itself', () => {
    const pieces = previewPieces('Hi {{buyer_name}}, about {{product}} and {{input:part}}.', { product: 'your order', 'input:part': 'the part' }, { buyer_name: 'maya', product: '' })
    expect(pieces.map((p) => [p.text, p.source])).toEqual([
      ['Hi ', 'text'], ['maya', 'data'], [', about ', 'text'], ['your order', 'fallback'], [' and ', 'text'], ['the part', 'fallback'], ['.', 'text'],
    ])
    expect(previewPieces('{{order_id}}', {}, {})).toEqual([{ text: '{{order_id}}', key: 'order_id', source: 'missing' }])
  })
})
