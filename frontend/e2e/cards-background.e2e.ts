import { expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import * as path from 'node:path'
import { openApp, shot, watchErrors, workDir } from './helpers'

// A background image chosen in the designer is saved in the design and drawn
// on the canvas (and, through the same display list, in the PDF).
let page: Page
let errors: string[]

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  errors = watchErrors(page)
  await openApp(page)
})

test.afterAll(async () => {
  expect(errors, 'errors thrown by our code in the page').toEqual([])
  await page.close()
})

test('a background image fills the card and survives saving', async () => {
  const png = path.join(workDir(), 'paper-texture.png')
  // Big enough to cover the card, small enough to
  // travel through the bindings quickly on a busy machine.
  execFileSync('convert', ['-size', '650x950', 'plasma:#f6efe3-#e8dcc8', png])
  const id = await page.evaluate(async () => (await (window as any).go.service.CardService.CreateFromStarter('care_and_use')).id as number)
  await page.goto(`/#/cards/${id}`)
  await expect(page.getByTestId('card-designer')).toBeVisible()
  await page.getByTestId('card-stage').click({ position: { x: 4, y: 4 } }) // nothing selected: card setup shows
  await expect(page.getByTestId('card-setup')).toBeVisible()
  await page.getByTestId('card-background-file').setInputFiles(png)
  await expect(page.getByTestId('card-canvas').locator('image').first()).toBeVisible({ timeout: 30_000 })
  await page.getByTestId('card-save').click()
  await expect
    .poll(async () => page.evaluate(async (cardId) => {
      const v = await (window as any).go.service.CardService.Get(cardId)
      return String(v.design.front.background.image ?? '').slice(0, 15)
    }, id))
    .toBe('data:image/png;')
  await shot(page, 'card-designer-background')
  await page.getByTestId('card-background-image-remove').click()
  await page.getByTestId('card-save').click()
  await expect
    .poll(async () => page.evaluate(async (cardId) => (await (window as any).go.service.CardService.Get(cardId)).design.front.background.image ?? '', id))
    .toBe('')
  await page.evaluate(async (cardId) => (window as any).go.service.CardService.Delete(cardId), id)
})
