import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { en } from './en'

// Counts read as English: "Saved 1 page", never "Saved 1 pages".
describe('plural messages', () => {
  const { t } = createI18n({ legacy: false, locale: 'en', messages: { en } }).global
  it('says page or pages after a card export', () => {
    expect(t('cardExport.done', { pages: 1, path: '/tmp/a.pdf' }, 1)).toBe('Saved 1 page to /tmp/a.pdf')
    expect(t('cardExport.done', { pages: 3, path: '/tmp/a.pdf' }, 3)).toBe('Saved 3 pages to /tmp/a.pdf')
  })
  it('counts the products with empty fields', () => {
    expect(t('cardExport.gapsTitle', { n: 1 }, 1)).toContain('1 product has')
    expect(t('cardExport.gapsTitle', { n: 2 }, 2)).toContain('2 products have')
  })
})
