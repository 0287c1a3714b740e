import { expect, test, type Page } from '@playwright/test'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { nextOpenDialog, openApp, shot, watchErrors, workDir } from './helpers'

// A seller adds their own TrueType font for insert cards; a file that is not
// a TrueType font is refused with a clear message and changes nothing.
test.describe.configure({ mode: 'serial' })

let page: Page
let errors: string[]

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  errors = watchErrors(page)
  await openApp(page)
  await page.getByTestId('nav-settings').click()
  await expect(page.getByTestId('brand-fonts')).toBeVisible()
})

test.afterAll(async () => {
  expect(errors, 'errors thrown by our code in the page').toEqual([])
  await page.close()
})

test('a TrueType file becomes a font for cards', async () => {
  const fonts = page.getByTestId('brand-fonts')
  await expect(fonts.getByTestId('font-Liberation Sans')).toBeVisible()
  const ttf = path.join(workDir(), 'MyShopFont.ttf')
  fs.copyFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', ttf)
  nextOpenDialog(ttf)
  await fonts.getByTestId('font-add').click()
  const added = fonts.getByTestId('font-DejaVu Sans')
  await expect(added).toBeVisible()
  await expect(added).toContainText('Added')
  const families = await page.evaluate(async () => (await (window as any).go.service.CardService.Fonts()).map((f: any) => f.family))
  expect(families).toContain('DejaVu Sans')
  await fonts.scrollIntoViewIfNeeded()
  await shot(page, 'settings-fonts')
})

test('a file that is not TrueType is refused and nothing is added', async () => {
  const before = await page.evaluate(async () => (await (window as any).go.service.CardService.Fonts()).length)
  const fake = path.join(workDir(), 'not-a-font.ttf')
  fs.writeFileSync(fake, 'this is a text file pretending to be a font')
  nextOpenDialog(fake)
  const fonts = page.getByTestId('brand-fonts')
  await fonts.getByTestId('font-add').click()
  await expect(fonts.locator('.n-alert')).toBeVisible()
  await expect(fonts.locator('.n-alert')).not.toContainText(/panic|goroutine|sql/i)
  const after = await page.evaluate(async () => (await (window as any).go.service.CardService.Fonts()).length)
  expect(after).toBe(before)
  nextOpenDialog('')
})
