import { expect, test, type Page } from '@playwright/test'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { nextOpenDialog, openApp, shot, testdata, waitForToastsToClear, watchErrors, workDir, openOrder } from './helpers'

// One seller's first session, in order, against one throwaway database:
// empty shop → imports → hostile text → undo → demo shop → every screen.
test.describe.configure({ mode: 'serial' })

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

async function importThroughUI(file: string) {
  nextOpenDialog(file)
  await page.keyboard.press('Control+i')
  const preview = page.getByTestId('import-preview')
  await expect(preview).toBeVisible()
  return preview
}

async function runImport() {
  await page.getByTestId('import-run').click()
  const summary = page.getByTestId('import-summary')
  await expect(summary).toBeVisible({ timeout: 60_000 })
  return summary
}

async function closeImport() {
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('import-summary')).toBeHidden()
}

test('first run shows the empty state with both ways in', async () => {
  const firstRun = page.getByTestId('first-run')
  await expect(firstRun).toBeVisible()
  await expect(page.getByTestId('btn-import')).toBeVisible()
  await expect(page.getByTestId('btn-load-demo')).toBeVisible()
  await shot(page, '01-first-run')
})

test('the real Japanese TikTok export imports through the UI', async () => {
  nextOpenDialog(testdata('tiktok_orders_jp.csv'))
  await page.getByTestId('btn-import').click()
  const preview = page.getByTestId('import-preview')
  await expect(preview).toBeVisible()
  await expect(preview).toContainText(/TikTok/i)
  await expect(preview).toContainText(/orders/i)
  await expect(preview).toContainText('注文ID') // the Japanese header is recognised and mapped
  await shot(page, '02-import-preview-jp')
  const summary = await runImport()
  await expect(summary.getByTestId('summary-created')).toContainText('1')
  await shot(page, '03-import-summary-jp')
  await closeImport()
  await expect(page.getByTestId('orders-table')).toContainText('582315036312176570')
})

test('a synthetic US export imports and shows its orders', async () => {
  await importThroughUI(testdata('SYNTHETIC_tiktok_orders_us_style.csv'))
  await expect(page.getByTestId('import-preview')).toContainText(/month/i) // 06/15/2024: month first
  const summary = await runImport()
  await expect(summary.getByTestId('summary-created')).toContainText('2')
  await closeImport()
  await expect(page.getByTestId('orders-total')).toContainText('3')
  await page.getByTestId('orders-search').fill('576900000000000002')
  await expect(page.getByTestId('orders-total')).toContainText('1')
  await page.getByTestId('orders-search').fill('')
  await expect(page.getByTestId('orders-total')).toContainText('3')
})

test('importing the same file twice changes nothing and says so', async () => {
  await importThroughUI(testdata('SYNTHETIC_tiktok_orders_us_style.csv'))
  await expect(page.getByTestId('import-preview')).toContainText(/already imported/i)
  const summary = await runImport()
  await expect(summary).toContainText(/already imported/i)
  await closeImport()
  await expect(page.getByTestId('orders-total')).toContainText('3')
})

test('a hostile buyer message is shown as text, never as HTML', async () => {
  const hostile = '<img src=x onerror=alert(1)>'
  const source = fs.readFileSync(testdata('SYNTHETIC_tiktok_orders_us_style.csv'), 'utf8')
  const file = path.join(workDir(), 'hostile_orders.csv')
  fs.writeFileSync(file, source
    .replaceAll('5769000000000000', '5769990000000000')
    .replace('Standard shipping,USPS,,buyer_one', `Standard shipping,USPS,"${hostile}",buyer_one`))
  await importThroughUI(file)
  await runImport()
  await closeImport()
  const drawer = await openOrder(page, '576999000000000001')
  await expect(drawer.getByTestId('buyer-message')).toHaveText(hostile)
  expect(await drawer.locator('img[src="x"]').count()).toBe(0)
  await shot(page, '04-order-drawer-hostile')
  await page.keyboard.press('Escape')
  await page.getByTestId('orders-search').fill('')
})

test('a file that is not a spreadsheet is refused with a clear message', async () => {
  const file = path.join(workDir(), 'holiday-photo.xlsx')
  fs.writeFileSync(file, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))
  nextOpenDialog(file)
  await page.keyboard.press('Control+i')
  const error = page.getByTestId('import-error')
  await expect(error).toBeVisible()
  await expect(error).toContainText('holiday-photo.xlsx')
  await expect(error).not.toContainText(/panic|sql|goroutine/i)
  await shot(page, '04b-import-error')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('orders-total')).toContainText('5')
})

test('undoing imports from the history removes what they created', async () => {
  await page.getByTestId('nav-settings').click()
  const history = page.getByTestId('import-history')
  await expect(history).toBeVisible()
  await shot(page, '05-settings')
  for (let i = 0; i < 3; i++) {
    const undo = history.locator('[data-testid^="btn-undo-"]').first()
    await undo.click()
    await page.getByRole('button', { name: /^undo import$/i }).click()
    await expect(page.locator('.n-message').last()).toContainText(/undone|removed/i)
  }
  await expect(history.locator('[data-testid^="btn-undo-"]')).toHaveCount(0)
  await page.getByTestId('nav-orders').click()
  await expect(page.getByTestId('first-run')).toBeVisible()
})

test('loading the demo shop fills the orders table', async () => {
  await page.getByTestId('btn-load-demo').click()
  await expect(page.getByTestId('orders-table')).toBeVisible({ timeout: 90_000 })
  // The table appears before its first page and count arrive.
  await expect
    .poll(async () => Number((await page.getByTestId('orders-total').innerText()).replace(/\D/g, '')), { timeout: 30_000 })
    .toBeGreaterThan(1000)
  await waitForToastsToClear(page)
  await shot(page, '06-orders-demo')
  await page.getByTestId('orders-table').locator('tbody tr').first().click()
  await expect(page.getByTestId('order-drawer')).toBeVisible()
  await shot(page, '07-order-drawer-demo')
  await page.keyboard.press('Escape')
})

test('every screen looks finished with the demo shop, light and dark', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const area of ['orders', 'timeline', 'cards', 'support', 'voc', 'scorecard', 'health', 'settings']) {
      await page.getByTestId(`nav-${area}`).click()
      // Areas load lazily: wait for the route and the area's heading, not a fixed time.
      await page.waitForURL(`**/#/${area}`)
      await expect(page.locator('h1').first()).toBeVisible()
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(400)
      await shot(page, `screen-${scheme}-${area}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
})
