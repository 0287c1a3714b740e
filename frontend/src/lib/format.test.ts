import { describe, expect, it } from 'vitest'
import { formatCount, formatFileSize } from './format'

describe('formatFileSize', () => {
  it('picks a readable unit', () => {
    expect(formatFileSize(0)).toBe('0 B')
    expect(formatFileSize(900)).toBe('900 B')
    expect(formatFileSize(1536)).toBe('1.5 KB')
    expect(formatFileSize(5 * 1024 * 1024)).toBe('5.0 MB')
    expect(formatFileSize(250 * 1024 * 1024)).toBe('250 MB')
  })
})

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(100000)).toBe('100,000')
  })
})
