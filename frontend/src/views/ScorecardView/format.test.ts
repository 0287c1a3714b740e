import { describe, expect, it } from 'vitest'
import { arrow, countOf, formatAxis, formatCell, formatChange, formatTarget, formatValue, hoursBetween, shownChange } from './format'

const usd = { currency: 'USD', decimals: 2 }
const jpy = { currency: 'JPY', decimals: 0 }

describe('scorecard formatting', () => {
  it('formats values by unit', () => {
    expect(formatValue(188, 'count')).toBe('188')
    expect(formatValue(12345, 'count')).toBe('12,345')
    expect(formatValue(8002.86, 'money', usd)).toBe('$8,002.86')
    expect(formatValue(11000, 'money', jpy)).toBe('¥11,000')
    expect(formatValue(0.004032, 'rate')).toBe('0.4%')
    expect(formatValue(1, 'rate')).toBe('100.0%')
    expect(formatValue(6.8583, 'hours')).toBe('6.9 h')
    expect(formatValue(4.2352, 'stars')).toBe('4.24')
    expect(formatValue(7.07, 'words')).toBe('7.1')
    expect(formatValue(null, 'rate')).toBe('—')
  })

  it('formats changes with a sign, rates in percentage points', () => {
    expect(formatChange(-7, 'count')).toBe('−7')
    expect(formatChange(9, 'count')).toBe('+9')
    expect(formatChange(-1213.24, 'money', usd)).toBe('−$1,213.24')
    expect(formatChange(-0.006957, 'rate')).toBe('−0.7 pp')
    expect(formatChange(0, 'rate')).toBe('±0.0 pp')
    expect(formatChange(null, 'rate')).toBe('—')
    expect(shownChange(0.0000001, 'rate')).toBe(0)
    expect(shownChange(-0.0004, 'rate')).toBe(0)
    expect(shownChange(-0.006957, 'rate')).toBe(-0.007)
    expect(arrow(-1)).toBe('▼')
    expect(arrow(2)).toBe('▲')
    expect(arrow(0)).toBe('=')
  })

  it('formats targets by direction, counts and axes', () => {
    expect(formatTarget(0.03, 'rate', 'down')).toBe('≤ 3.0%')
    expect(formatTarget(4.5, 'stars', 'up')).toBe('≥ 4.50')
    expect(formatTarget(null, 'rate', 'up')).toBe('')
    expect(countOf(3, 1200)).toBe('3 of 1,200')
    expect(formatAxis(0.05, 'rate')).toBe('5%')
    expect(formatAxis(0.025, 'rate')).toBe('2.5%')
    expect(formatAxis(9216.1, 'money', usd)).toBe('$9.2K')
    expect(formatCell(5946.4, 'money', usd)).toBe('$5,946')
    expect(formatCell(946.4, 'money', usd)).toBe('$946.40')
    expect(formatCell(0.25, 'rate')).toBe('25.0%')
    expect(hoursBetween(0, 3600)).toBe('')
    expect(hoursBetween(3600, 3600 * 8.5)).toBe('7.5 h')
  })
})
