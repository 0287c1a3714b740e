import { describe, expect, it } from 'vitest'
import { formatMoney, minorDigits } from './money'

describe('formatMoney', () => {
  it('formats two-decimal currencies from minor units', () => {
    expect(formatMoney(1999, 'USD')).toBe('$19.99')
    expect(formatMoney(123456789, 'USD')).toBe('$1,234,567.89')
    expect(formatMoney(3591, 'BRL')).toBe('R$35.91')
  })
  it('formats zero-decimal currencies without dividing', () => {
    expect(minorDigits('JPY')).toBe(0)
    expect(formatMoney(11000, 'JPY')).toBe('¥11,000')
    expect(formatMoney(250000, 'VND')).toContain('250,000')
  })
  it('accepts lower-case codes and negative amounts', () => {
    expect(formatMoney(-500, 'usd')).toBe('-$5.00')
  })
  it('falls back to a plain number when the currency is missing or invalid', () => {
    expect(formatMoney(1999, '')).toBe('19.99')
    expect(formatMoney(1999, 'X1')).toBe('19.99 X1')
    expect(formatMoney(null, null)).toBe('0.00')
  })
})
