import { expect, test, type Page } from '@playwright/test'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { openApp, shot, waitForToastsToClear, watchErrors, workDir } from './helpers'
import {
  cardService, demoSku, differingShare, nextSaveDialog, pdfPage1, pdfPages, pngSize, printPreviewShot, screen,
} from './cardsHelpers'

// Insert cards, after app.e2e.ts (the demo shop is loaded): what the
// designer's canvas shows is what the PDF prints, for every starter; the
// library and designer work; the export dialog writes a Letter PDF.
// Leaves the demo data and the timeline templates as they were.
test.describe.configure({ mode: 'serial' })

const KINDS = ['whats_in_box', 'quick_start', 'share_unboxing', 'support', 'care_and_use']
let page: Page
let errors: string[]
let sku = ''

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  errors = watchErrors(page)
  await openApp(page)
  sku = await demoSku(page)
})

test.afterAll(async () => {
  expect(errors, 'errors thrown by our code in the page').toEqual([])
  await page.close()
})

test('the canvas matches the PDF for every starter (WYSIWYG)', async ({ browser }) => {
  const preview = await browser.newPage({ viewport: { width: 1000, height: 1000 } })
  const previewErrors = watchErrors(preview)
  const shares: Record<string, number> = {}
  for (const kind of KINDS) {
    const card = await cardService<{ id: number }>(page, 'CreateFromStarter', kind)
    const pdf = path.join(workDir(), `wysiwyg-${kind}.pdf`)
    nextSaveDialog(pdf)
    await cardService(page, 'Export', { designId: card.id, skus: [{ key: sku, qty: 1 }], layout: 'single', cropMarks: false })
    const pdfPng = screen(`wysiwyg-${kind}-pdf.png`)
    const svgPng = screen(`wysiwyg-${kind}-svg.png`)
    pdfPage1(pdf, pdfPng)
    await printPreviewShot(preview, card.id, sku, svgPng)
    expect(pngSize(svgPng), `${kind}: preview size`).toEqual(pngSize(pdfPng))
    shares[kind] = differingShare(pdfPng, svgPng, screen(`wysiwyg-${kind}-diff.png`))
  }
  console.log('WYSIWYG differing share:', JSON.stringify(shares))
  for (const kind of KINDS) expect(shares[kind], `${kind}: differing pixels`).toBeLessThan(0.02)
  expect(previewErrors).toEqual([])
  await preview.close()
})

test('the library creates a card from a starter and opens the designer', async () => {
  await page.goto('/#/cards')
  const library = page.getByTestId('cards-library')
  await expect(library).toBeVisible()
  await expect(library.getByTestId('card-tile').first()).toBeVisible()
  await waitForToastsToClear(page)
  await shot(page, 'cards-library-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(300)
  await shot(page, 'cards-library-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  await page.getByTestId('card-new').click()
  await page.getByTestId('card-new-quick_start').click()
  await expect(page.getByTestId('card-designer')).toBeVisible()
  await expect(page.getByTestId('card-canvas')).toBeVisible()
  await expect(page.getByTestId('card-element').first()).toBeAttached()
})

/** The saved design of the card open in the designer. */
async function savedDesign(): Promise<{ front: { elements: { id: string; type: string; x: number; y: number; text?: string }[] } }> {
  const id = Number(/#\/cards\/(\d+)/.exec(page.url())?.[1])
  return (await cardService<{ design: any }>(page, 'Get', id)).design
}

test('the designer edits text, moves by dragging, undoes and saves', async () => {
  const before = await savedDesign()
  const text = before.front.elements.find((e) => e.type === 'text' && (e.text ?? '').length > 0 && !e.text!.includes('{{'))!
  const el = page.locator(`[data-testid="card-element"][data-element-id="${text.id}"]`)
  await el.click()
  const box = page.getByTestId('card-prop-text').locator('textarea')
  await box.fill('Set up in a minute')
  await expect(page.getByTestId('card-dirty')).toHaveAttribute('data-dirty', '1')
  await page.getByTestId('card-canvas').click({ position: { x: 2, y: 2 } }) // leave the text box
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('card-dirty')).toHaveAttribute('data-dirty', '0')
  expect((await savedDesign()).front.elements.find((e) => e.id === text.id)!.text).toBe('Set up in a minute')

  const b = (await el.boundingBox())!
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2)
  await page.mouse.down()
  await page.mouse.move(b.x + b.width / 2 + 30, b.y + b.height / 2 + 40, { steps: 8 })
  await page.mouse.up()
  await page.getByTestId('card-save').click()
  await expect(page.getByTestId('card-dirty')).toHaveAttribute('data-dirty', '0')
  const moved = (await savedDesign()).front.elements.find((e) => e.id === text.id)!
  expect(moved.x).not.toBe(text.x)
  await shot(page, 'card-designer-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(300)
  await shot(page, 'card-designer-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  await page.getByTestId('card-undo').click()
  await page.getByTestId('card-save').click()
  await expect(page.getByTestId('card-dirty')).toHaveAttribute('data-dirty', '0')
  const undone = (await savedDesign()).front.elements.find((e) => e.id === text.id)!
  expect(undone.x).toBe(text.x)
  expect(undone.y).toBe(text.y)
  await page.getByTestId('card-redo').click()
  await expect(page.getByTestId('card-dirty')).toHaveAttribute('data-dirty', '1')
  await page.getByTestId('card-undo').click()
  await expect(page.getByTestId('card-dirty')).toHaveAttribute('data-dirty', '0')

  // Arrow keys nudge (Shift = 1 mm), Ctrl+Z takes it back.
  await page.keyboard.press('Shift+ArrowRight')
  await expect(page.getByTestId('card-prop-x').locator('input')).toHaveValue(String(text.x + 1))
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('card-prop-x').locator('input')).toHaveValue(String(text.x))
  await expect(page.getByTestId('card-dirty')).toHaveAttribute('data-dirty', '0')

  // The policy guard flags review solicitation and highlights the words, as text.
  await box.fill('Love it? Leave us a 5-star review and get a free gift!')
  await expect(page.getByTestId('card-finding').first()).toBeVisible()
  await expect(page.getByTestId('card-prop-findings').locator('mark').first()).toBeVisible()
  await shot(page, 'card-designer-finding')
  await box.fill('Set up in a minute')
  await expect(page.getByTestId('card-finding')).toHaveCount(0)
  await expect(page.getByTestId('card-dirty')).toHaveAttribute('data-dirty', '0') // back to the saved text
})

test('the export dialog writes a Letter PDF', async () => {
  await page.getByTestId('card-export').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toBeVisible()
  await page.getByTestId('export-layout-letter').click()
  await shot(page, 'card-export-dialog-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(300)
  await shot(page, 'card-export-dialog-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  const pdf = path.join(workDir(), 'letter-cards.pdf')
  nextSaveDialog(pdf)
  await page.getByTestId('export-run').click()
  await expect(dialog).toBeHidden()
  expect(fs.existsSync(pdf)).toBe(true)
  expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1)
  await waitForToastsToClear(page)
})

test('the designer adds a text box from the palette and turns the card to landscape', async () => {
  const deselect = () => page.getByTestId('card-stage').click({ position: { x: 4, y: 4 } }) // outside the card
  await deselect()
  await page.getByTestId('card-add').click()
  await expect(page.getByTestId('card-add-text')).toBeVisible()
  await shot(page, 'card-designer-add-palette')
  await page.getByTestId('card-add-text').click()
  const props = page.getByTestId('card-properties')
  await expect(props).toBeVisible()
  const id = (await props.getAttribute('data-element-id'))!
  expect(id).toMatch(/^text-/)
  const added = page.locator(`[data-testid="card-element"][data-element-id="${id}"]`)
  await expect(added).toBeAttached()
  await page.getByTestId('card-prop-text').locator('textarea').fill('Added from the palette')
  await deselect()
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('card-dirty')).toHaveAttribute('data-dirty', '0')
  expect((await savedDesign()).front.elements.find((e) => e.id === id)?.text).toBe('Added from the palette')

  await page.getByTestId('card-undo').click() // the text
  await page.getByTestId('card-undo').click() // the element
  await expect(added).toHaveCount(0)

  await expect(page.getByTestId('card-setup')).toBeVisible()
  await page.getByTestId('card-orientation-landscape').click()
  await expect.poll(async () => {
    const [, , w, h] = ((await page.getByTestId('card-canvas').getAttribute('viewBox')) ?? '').split(' ').map(Number)
    return (w ?? 0) > (h ?? 0)
  }).toBe(true)
  await shot(page, 'card-designer-landscape')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('card-dirty')).toHaveAttribute('data-dirty', '0')
})

test('deleting a card can be undone from the library', async () => {
  await page.goto('/#/cards')
  const tiles = page.getByTestId('card-tile')
  await expect(tiles.first()).toBeVisible()
  const count = await tiles.count()
  await tiles.first().getByTestId('card-delete').click()
  await expect(tiles).toHaveCount(count - 1)
  await page.getByTestId('card-undo-delete').click()
  await expect(tiles).toHaveCount(count)
  await waitForToastsToClear(page)

  await page.getByTestId('nav-settings').click()
  await page.getByTestId('brand-kit').scrollIntoViewIfNeeded()
  await shot(page, 'settings-brand-kit-light')
  await page.goto('/#/orders')
})
