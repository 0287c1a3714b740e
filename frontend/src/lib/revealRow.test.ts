import { describe, expect, it } from 'vitest'
import { revealTop } from './revealRow'

describe('revealTop', () => {
  it('scrolls up to a row above, down to a row below, and not at all for a visible one', () => {
    expect(revealTop(360, 360, 5, 36)).toBe(180)
    expect(revealTop(360, 0, 12, 36)).toBe(13 * 36 - 360)
    expect(revealTop(360, 0, 3, 36)).toBeNull()
  })
})
