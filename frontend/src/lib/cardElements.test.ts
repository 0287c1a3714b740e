import { describe, expect, it } from 'vitest'
import {
  defaultElement, defaultSize, fromUnit, moveElements, newElementId, orient, presetSize, safeArea, setOrientation, toUnit,
} from './cardElements'

const design = { size: { preset: '4x6', widthMm: 101.6, heightMm: 152.4, orientation: 'portrait', unit: 'in' }, safeMm: 3.18 }

describe('new elements', () => {
  it('picks the first free id per type', () => {
    expect(newElementId('text', [])).toBe('text-1')
    expect(newElementId('text', ['text-1', 'text-2', 'rect-3'])).toBe('text-3')
    expect(newElementId('rect', ['text-1', 'rect-1'])).toBe('rect-2')
  })

  it('centres default geometry inside the safe area', () => {
    const safe = safeArea(design)
    expect(safe).toEqual({ x: 3.18, y: 3.18, w: 101.6 - 6.36, h: 152.4 - 6.36 })
    for (const type of ['text', 'rect', 'line', 'qr', 'image'] as const) {
      const e = defaultElement(type, `${type}-1`, safe)
      expect(e.type).toBe(type)
      expect(e.x + e.w / 2).toBeCloseTo(safe.x + safe.w / 2, 1)
      expect(e.y + e.h / 2).toBeCloseTo(safe.y + safe.h / 2, 1)
      expect(e.x).toBeGreaterThanOrEqual(safe.x)
      expect(e.x + e.w).toBeLessThanOrEqual(safe.x + safe.w + 1e-9)
    }
  })

  it('fits into a tiny safe area', () => {
    const s = defaultSize('text', { x: 5, y: 5, w: 10, h: 8 })
    expect(s.w).toBeLessThanOrEqual(10)
    expect(s.h).toBeLessThanOrEqual(8)
    expect(defaultSize('line', { x: 0, y: 0, w: 100, h: 100 }).h).toBe(0)
  })

  it('uses brand colours and fonts where given, and sane fallbacks', () => {
    const safe = safeArea(design)
    const brand = { primaryColor: '#112233', accentColor: '#abcdef', textColor: '#010203', bodyFont: 'Lato' }
    expect(defaultElement('text', 't', safe, brand)).toMatchObject({ color: '#010203', font: 'Lato', sizePt: 12, text: 'Your text' })
    expect(defaultElement('rect', 'r', safe, brand)).toMatchObject({ fill: '#ABCDEF', stroke: '#112233' })
    expect(defaultElement('line', 'l', safe, brand).stroke).toBe('#112233')
    expect(defaultElement('qr', 'q', safe).content).toBeTruthy()
    expect(defaultElement('image', 'i', safe, {}, 'data:image/png;base64,AA').src).toBe('data:image/png;base64,AA')
    expect(defaultElement('image', 'i', safe).src).toBe('brand:logo')
    expect(defaultElement('rect', 'r', safe, { accentColor: 'bad' }).fill).toBe('#F2F2F2')
  })
})

describe('orientation and sizes', () => {
  it('swaps width and height when the orientation changes', () => {
    const l = setOrientation(design.size, 'landscape')
    expect(l).toMatchObject({ orientation: 'landscape', widthMm: 152.4, heightMm: 101.6, preset: '4x6' })
    expect(setOrientation(l, 'portrait')).toMatchObject({ orientation: 'portrait', widthMm: 101.6, heightMm: 152.4 })
    expect(setOrientation(design.size, 'portrait')).toBe(design.size)
  })

  it('orients any width and height', () => {
    expect(orient(150, 100, 'portrait')).toEqual({ widthMm: 100, heightMm: 150 })
    expect(orient(100, 150, 'landscape')).toEqual({ widthMm: 150, heightMm: 100 })
  })

  it('turns a preset for the orientation with its unit', () => {
    const a6 = { key: 'a6', label: 'A6', widthMm: 105, heightMm: 148, metric: true, bleedMm: 3 }
    expect(presetSize(a6, 'landscape')).toEqual({ preset: 'a6', widthMm: 148, heightMm: 105, orientation: 'landscape', unit: 'mm' })
    expect(presetSize({ ...a6, metric: false }, 'x').unit).toBe('in')
  })

  it('converts lengths to and from the display unit', () => {
    expect(toUnit(101.6, 'in')).toBe(4)
    expect(toUnit(101.604, 'mm')).toBe(101.6)
    expect(fromUnit(4, 'in')).toBe(101.6)
    expect(fromUnit(120, 'mm')).toBe(120)
  })
})

describe('moving several elements', () => {
  it('moves every start by the same delta', () => {
    expect(moveElements({ a: { x: 1, y: 2 }, b: { x: 10.1, y: -3 } }, 0.5, -1.25)).toEqual({ a: { x: 1.5, y: 0.75 }, b: { x: 10.6, y: -4.25 } })
    expect(moveElements({}, 1, 1)).toEqual({})
  })
})
