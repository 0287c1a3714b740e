import { describe, expect, it } from 'vitest'
import { fitScale, hitTest, mmToPx, printSize, pxToMm, resizeBox, snapBox } from './cardGeometry'
import { History } from './history'

describe('card units', () => {
  it('converts mm and px both ways', () => {
    expect(mmToPx(25.4, 100)).toBeCloseTo(100)
    expect(pxToMm(96)).toBeCloseTo(25.4)
    expect(pxToMm(mmToPx(12.3, 300), 300)).toBeCloseTo(12.3)
  })
  it('sizes a 4x6 card with 0.125 in bleed at 100 dpi', () => {
    const b = 0.125 * 25.4
    expect(printSize({ x: -b, y: -b, w: 4 * 25.4 + 2 * b, h: 6 * 25.4 + 2 * b }, 100)).toEqual({ width: 425, height: 625 })
  })
  it('fits a box into a space', () => {
    expect(fitScale({ x: 0, y: 0, w: 100, h: 200 }, 548, 448)).toBeCloseTo(2)
  })
})

describe('hit testing', () => {
  const boxes = [{ x: 0, y: 0, w: 50, h: 50 }, { x: 10, y: 10, w: 10, h: 10 }, { x: 40, y: 5, w: -10, h: 0 }]
  it('finds the topmost box', () => {
    expect(hitTest(boxes, 15, 15)).toBe(1)
    expect(hitTest(boxes, 45, 45)).toBe(0)
    expect(hitTest(boxes, 60, 60)).toBe(-1)
  })
  it('hits thin lines with a slop', () => {
    expect(hitTest(boxes, 35, 5.5, 1)).toBe(2)
  })
})

describe('snapping and resizing', () => {
  it('snaps an edge within the threshold', () => {
    expect(snapBox({ x: 11.5, y: 30, w: 20, h: 10 }, [10], [100])).toEqual({ x: 10, y: 30 })
  })
  it('snaps the right edge and centre', () => {
    expect(snapBox({ x: 0, y: 0, w: 20, h: 10 }, [21], [6]).x).toBe(1)
    expect(snapBox({ x: 0, y: 0, w: 20, h: 10 }, [21], [6]).y).toBe(1)
  })
  it('leaves a box alone beyond the threshold', () => {
    expect(snapBox({ x: 15, y: 15, w: 5, h: 5 }, [10], [10])).toEqual({ x: 15, y: 15 })
  })
  it('resizes from a corner with a minimum size', () => {
    expect(resizeBox({ x: 10, y: 10, w: 20, h: 20 }, 'nw', 5, 5)).toEqual({ x: 15, y: 15, w: 15, h: 15 })
    expect(resizeBox({ x: 10, y: 10, w: 20, h: 20 }, 'se', -30, 2)).toEqual({ x: 10, y: 10, w: 1, h: 22 })
  })
})

describe('history', () => {
  it('undoes and redoes snapshots', () => {
    const h = new History('a')
    h.push('b')
    h.push('c')
    expect(h.undo()).toBe('b')
    expect(h.undo()).toBe('a')
    expect(h.undo()).toBeNull()
    expect(h.redo()).toBe('b')
    h.push('d')
    expect(h.canRedo).toBe(false)
    expect(h.current).toBe('d')
  })
  it('ignores unchanged states and keeps a limit', () => {
    const h = new History(0, 2)
    h.push(0)
    expect(h.canUndo).toBe(false)
    h.push(1); h.push(2); h.push(3)
    expect(h.undo()).toBe(2)
    expect(h.undo()).toBe(1)
    expect(h.undo()).toBeNull()
  })
})
