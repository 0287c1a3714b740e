import { describe, expect, it } from 'vitest'
import { withAlpha } from './color'

describe('withAlpha', () => {
  it('handles hex, rgb and rgba', () => {
    expect(withAlpha('#0f766e', 0.12)).toBe('rgba(15, 118, 110, 0.12)')
    expect(withAlpha('rgb(118, 124, 130)', 0.5)).toBe('rgba(118, 124, 130, 0.5)')
    expect(withAlpha('rgba(255, 255, 255, 0.82)', 0.1)).toBe('rgba(255, 255, 255, 0.1)')
  })
  it('falls back to color-mix', () => {
    expect(withAlpha('teal', 0.2)).toBe('color-mix(in srgb, teal 20%, transparent)')
  })
})
