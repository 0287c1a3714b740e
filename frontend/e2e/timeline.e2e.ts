import { expect, test, type Page } from '@playwright/test'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { appNow, nextOpenDialog, openApp, shot, testdata, waitForToastsToClear, watchErrors, workDir, openOrder } from './helpers'

// The communication timeline, after app.e2e.ts (the demo shop is loaded):
// a fresh paid order gets its confirmation in today's queue, is copied and
// marked sent, and shows as sent in the order drawer; a review request that
// offers a reward cannot be saved.
test.describe.configure({ mode: 'serial' })

let page: Page
let errors: string[]
const ORDER = '583870900000000001'
const card = (order: string, stage: string) =>
  page.locator(`[data-testid="queue-item"][data-order-id="${order}"][data-stage="${stage}"]`)

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  errors = watchErrors(page)
  await openApp(page)
})

test.afterAll(async () => {
  expect(errors, 'errors thrown by our code in the page').toEqual([])
  await page.close()
})

/** The sample with its dates moved to a recent day (unambiguous day-first), paid but not shipped. */
function recentSample(): string {
  const d = new Date(appNow() - 24 * 3600_000)
  while (d.getUTCDate() <= 12) d.setUTCDate(d.getUTCDate() - 1)
  const p = (n: number) => String(n).padStart(2, '0')
  const day = `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
  const source = fs.readFileSync(testdata('SYNTHETIC_tiktok_orders_sea_style_with_description_row.csv'), 'utf8')
  const file = path.join(workDir(), 'recent_sea_orders.csv')
  fs.writeFileSync(file, source
    .replaceAll(/\d\d\/05\/2026/g, day)
    .replaceAll('Completed,Completed', 'Awaiting shipment,Awaiting shipment'))
  return file
}

test('a paid order shows its confirmation in today\'s queue', async () => {
  nextOpenDialog(recentSample())
  await page.keyboard.press('Control+i')
  await expect(page.getByTestId('import-preview')).toBeVisible()
  await page.getByTestId('import-run').click()
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 })
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('import-summary')).toBeHidden()

  await page.getByTestId('nav-timeline').click()
  await expect(page.getByTestId('nav-timeline-badge')).toBeVisible()
  const queue = page.getByTestId('timeline-queue')
  await expect(queue).toBeVisible()
  await expect(queue.getByTestId('queue-item').first()).toBeVisible()
  await waitForToastsToClear(page)
  await shot(page, 'timeline-queue-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(300)
  await shot(page, 'timeline-queue-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  await page.getByTestId('queue-search').locator('input').fill(ORDER)
  await expect(card(ORDER, 'order_confirmation')).toBeVisible()
  await expect(card(ORDER, 'order_confirmation')).toContainText('Serum A')
})

test('copy puts the card text on the clipboard', async () => {
  const item = card(ORDER, 'order_confirmation')
  const shown = await item.getByTestId('queue-text').evaluate((el) => el.textContent ?? '')
  expect(shown.length).toBeGreaterThan(20)
  expect(shown).not.toMatch(/\{\{/)
  await item.getByTestId('queue-copy').click()
  await expect(page.locator('.n-message').last()).toContainText(/copied.*paste it into tiktok chat/i)
  // The backend's Copy returns what it put on the clipboard.
  const orderId = await page.evaluate(async (ext) => {
    const w = window as any
    const p = await w.go.service.OrderService.Query({ search: ext, statuses: [], fromDay: '', toDay: '', offset: 0, limit: 1, oldest: false })
    return p.rows[0].id as number
  }, ORDER)
  const copied = await page.evaluate(([id]) => (window as any).go.service.TimelineService.Copy(id, 'order_confirmation'), [orderId])
  expect(copied).toBe(shown)
  // And the native clipboard, read back through the app's runtime, holds it.
  // (wails dev runs under Xvfb, whose GTK clipboard the Go side reads back.)
  const clip = await page.evaluate(async () => await (window as any).runtime.ClipboardGetText())
  expect(clip).toBe(shown)
})

test('mark sent moves it out of Due and into the order timeline', async () => {
  await waitForToastsToClear(page)
  await card(ORDER, 'order_confirmation').getByTestId('queue-mark-sent').click()
  await expect(page.getByTestId('queue-undo')).toBeVisible()
  await expect(card(ORDER, 'order_confirmation')).toHaveCount(0)
  await page.getByTestId('timeline-tab-done').click()
  await expect(card(ORDER, 'order_confirmation')).toBeVisible()
  await expect(card(ORDER, 'order_confirmation')).toContainText(/sent/i)

  await page.getByTestId('nav-orders').click()
  const timeline = (await openOrder(page, ORDER)).getByTestId('order-timeline')
  await expect(timeline.getByTestId('order-stage-order_confirmation')).toContainText(/sent/i)
  await expect(timeline.getByTestId('order-stage-shipping_update')).toContainText(/upcoming/i)
  for (const stage of ['delivery_day', 'support_check_in', 'review_request', 'replenishment']) {
    await expect(timeline.getByTestId(`order-stage-${stage}`)).toBeVisible()
  }
  await timeline.scrollIntoViewIfNeeded()
  await waitForToastsToClear(page)
  await shot(page, 'timeline-drawer-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(300)
  await shot(page, 'timeline-drawer-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.keyboard.press('Escape')
  await page.getByTestId('orders-search').fill('')
})

test('keyboard and multi-select work on the demo queue', async () => {
  await page.getByTestId('nav-timeline').click()
  await page.getByTestId('timeline-tab-due').click()
  await page.getByTestId('queue-search').locator('input').fill('')
  const sendable = page.locator('[data-testid="queue-item"]:has([data-testid="queue-copy"]:not([disabled]))')
  await expect(sendable.first()).toBeVisible()
  await page.locator('h1').first().click()
  await page.keyboard.press('j')
  await page.keyboard.press('c')
  await expect(page.locator('.n-message').last()).toContainText(/copied|rules|no value/i)
  const before = Number(await page.getByTestId('timeline-queue').getAttribute('data-total'))
  await sendable.nth(0).getByTestId('queue-select').click()
  await sendable.nth(1).getByTestId('queue-select').click()
  await expect(page.getByTestId('queue-mark-selected')).toContainText('2')
  await page.getByTestId('queue-mark-selected').click()
  await expect(page.locator('.n-notification').last()).toContainText(/2 messages marked sent/i)
  await expect(page.getByTestId('timeline-queue')).toHaveAttribute('data-total', String(before - 2))
})

test('a review request offering a reward cannot be saved', async () => {
  await waitForToastsToClear(page)
  await page.getByTestId('timeline-tab-templates').click()
  await page.getByTestId('template-stage-review_request').click()
  const editor = page.getByTestId('template-editor')
  await expect(editor).toHaveAttribute('data-stage', 'review_request')
  await expect(editor.getByTestId('review-explainer')).toContainText(/every delivered order/i)
  await shot(page, 'template-editor-light')
  const body = editor.getByTestId('template-body').locator('textarea')
  await body.fill('Hi {{buyer_name}}! Leave us a 5-star review and get 10% off your next order.')
  await expect(editor.getByTestId('template-findings')).toContainText(/5-star|10% off/i)
  await editor.getByTestId('template-save').click()
  const refused = editor.getByTestId('template-refused')
  await expect(refused).toBeVisible()
  await expect(refused).toContainText(/breaks TikTok Shop's rules/i)
  await expect(editor.getByTestId('template-findings')).toContainText(/why|review|incentive|reward|rating/i)
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(300)
  await shot(page, 'template-editor-refused-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await shot(page, 'template-editor-refused-light')
})

test('products show and open their content editor', async () => {
  await page.getByTestId('nav-products').click()
  const table = page.getByTestId('products-table')
  await expect(table.locator('tbody tr').first()).toBeVisible()
  await shot(page, 'products-light')
  await table.locator('tbody tr').first().click()
  await expect(page.getByTestId('product-editor')).toBeVisible()
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(300)
  await shot(page, 'product-editor-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await shot(page, 'product-editor-light')
  await page.keyboard.press('Escape')
  await page.getByTestId('nav-settings').click()
  await expect(page.getByTestId('settings-timeline')).toBeVisible()
  await page.getByTestId('settings-timeline').scrollIntoViewIfNeeded()
  await shot(page, 'settings-timeline-light')
  // The smallest supported window.
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.getByTestId('nav-timeline').click()
  await expect(page.getByTestId('queue-item').first()).toBeVisible()
  await shot(page, 'timeline-queue-1024')
  await page.getByTestId('timeline-tab-templates').click()
  await expect(page.getByTestId('template-editor')).toBeVisible()
  await shot(page, 'template-editor-1024')
  await page.setViewportSize({ width: 1280, height: 800 })
})
