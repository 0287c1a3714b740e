import { describe, expect, it } from 'vitest'
import type { FeedbackPreview } from '@/api/scorecard'
import { remap } from './feedbackImport'

const preview = {
  kind: 'reviews', fileName: 'r.csv', headers: ['Stars', 'When', 'Date'], rows: 1, needsMapping: false, sampleRows: [], sampleRowNumbers: [],
  mapping: [
    { field: 'rating', label: 'Rating', header: 'Stars', required: true },
    { field: 'review_time', label: 'Review Time', header: 'Date', required: true },
  ],
} as FeedbackPreview

describe('feedback column mapping', () => {
  it('points a field at a header', () => {
    expect(remap({}, preview, 'review_time', 'When')).toEqual({ When: 'review_time' })
  })

  it('moves a field: the old choice goes', () => {
    const once = remap({}, preview, 'review_time', 'When')
    expect(remap(once, preview, 'review_time', 'Date')).toEqual({ Date: 'review_time' })
  })

  it('takes a detected field away by ignoring its column', () => {
    expect(remap({}, preview, 'rating', '')).toEqual({ Stars: 'ignore' })
  })

  it('a header chosen for another field leaves its old field', () => {
    expect(remap({ Stars: 'rating' }, preview, 'review_time', 'Stars')).toEqual({ Stars: 'review_time' })
  })
})
