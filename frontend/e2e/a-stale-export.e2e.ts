import { expect, test, type Page } from '@playwright/test'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { appNow, nextOpenDialog, openApp, shot, testdata, waitForToastsToClear, watchErrors, workDir } from './helpers'
import { formatWeek, isoWeekOf, weekNumber } from '../src/views/ScorecardView/weeks'

// A seller imports an export whose newest order is a month old. Every
// window ends at the data, not at today: the scorecard opens on the newest
// week with orders and says how far the data reaches, the week list holds
// only weeks with orders plus the current one, and Voice-of-Customer
// suggestions count the weeks before the newest order.
//
// This file runs first, on the empty database, and undoes its imports at the
// end so app.e2e.ts still starts from a fresh install.

const DAY = 86_400_000
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const SERUM = 'SERUM-STALE-30'
const newest = new Date(Math.floor((appNow() - 31 * DAY) / DAY) * DAY + 12 * 3600_000) // noon UTC, 31 days ago
const day = (d: Date) => `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}`
const at = (d: Date, hms: string) => `${day(d)} ${hms}\t`

function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",\n\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')
}

function headerOf(sample: string): string[] {
  return fs.readFileSync(testdata(sample), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(',')
}

/** 35 days of orders ending with `newest`: a tee every day, the serum every other day. */
function writeOrders(file: string): { orderIds: string[]; serumOrders: { id: string; created: Date }[] } {
  const header = headerOf('SYNTHETIC_tiktok_orders_us_style.csv')
  const rows = [csvLine(header)]
  const orderIds: string[] = []
  const serumOrders: { id: string; created: Date }[] = []
  for (let i = 34; i >= 0; i--) {
    const created = new Date(newest.getTime() - i * DAY)
    const id = `58390000000000${String(100 + i).padStart(4, '0')}`
    orderIds.push(id)
    const lines = [{ sku: 'TEE-STALE-M', name: 'Stale Cotton Tee', price: '$19.99' }]
    if (i % 2 === 0) {
      lines.push({ sku: SERUM, name: 'Stale Vitamin C Serum', price: '$24.00' })
      serumOrders.push({ id, created })
    }
    for (const [k, l] of lines.entries()) {
      const v: Record<string, string> = {
        'Order ID': `${id}\t`, 'Order Status': 'Completed', 'Order Substatus': 'Completed', 'Normal or Pre-order': 'Normal',
        'SKU ID': `17390000000000${k}${String(i).padStart(3, '0')}\t`, 'Seller SKU': l.sku, 'Product Name': l.name, Variation: 'Default',
        Quantity: '1', 'Sku Quantity of return': '0', 'SKU Unit Original Price': l.price, 'SKU Subtotal Before Discount': l.price,
        'SKU Subtotal After Discount': l.price, 'Order Amount': lines.length === 2 ? '$43.99' : '$19.99', 'Order Refund Amount': '$0.00',
        'Created Time': at(created, '10:00:00'), 'Paid Time': at(created, '10:01:00'),
        'Shipped Time': at(new Date(created.getTime() + DAY), '09:00:00'), 'Delivered Time': at(new Date(created.getTime() + 3 * DAY), '15:00:00'),
        'Fulfillment Type': 'Fulfillment by seller', 'Buyer Username': `stale_buyer_${i}`, Country: 'United States',
      }
      rows.push(csvLine(header.map((h) => v[h] ?? '')))
    }
  }
  fs.writeFileSync(file, '\uFEFF' + rows.join('\n') + '\n')
  return { orderIds, serumOrders }
}

/** Four leaking-pump refunds in the last two weeks of the data. */
function writeReturns(file: string, serumOrders: { id: string; created: Date }[]) {
  const header = headerOf('SYNTHETIC_tiktok_returns.csv')
  const rows = [csvLine(header)]
  // Asked for the day after the order, so all four fall before the newest order.
  serumOrders.slice(-5, -1).forEach((o, k) => {
    const requested = new Date(o.created.getTime() + DAY)
    const v: Record<string, string> = {
      'Return Order ID': `40390000000000000${k}\t`, 'Order ID': `${o.id}\t`, 'Order Amount': '43.99', 'Order Status': 'Completed',
      'SKU ID': `1739000000000011${k}\t`, 'Seller SKU': SERUM, 'Product Name': 'Stale Vitamin C Serum', 'SKU Name': '30ml',
      'Buyer Username': `s***${k}`, 'Return Type': 'Refund only', 'Time Requested': at(requested, '11:00:00'),
      'Return Reason': 'Damaged item', 'Return unit price': '24.00', 'Return Quantity': '1', 'Return Status': 'Completed',
      'Refund Time': at(requested, '18:00:00'), 'Buyer Note': 'The serum pump is leaking',
    }
    rows.push(csvLine(header.map((h) => v[h] ?? '')))
  })
  fs.writeFileSync(file, '\uFEFF' + rows.join('\n') + '\n')
}

async function importFile(page: Page, file: string) {
  nextOpenDialog(file)
  await page.keyboard.press('Control+i')
  await expect(page.getByTestId('import-preview')).toBeVisible()
  await page.getByTestId('import-run').click()
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 })
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('import-summary')).toBeHidden()
}

test('an export whose newest order is a month old opens on its own weeks', async ({ page }) => {
  const errors = watchErrors(page)
  await openApp(page)
  const empty = await page.evaluate(() => (window as any).go.service.ShopService.Status())
  test.skip(empty.hasData, 'needs the empty database this file starts the suite with')

  const dir = workDir()
  const ordersFile = path.join(dir, 'stale-orders.csv')
  const returnsFile = path.join(dir, 'stale-returns.csv')
  const { serumOrders } = writeOrders(ordersFile)
  writeReturns(returnsFile, serumOrders)
  await importFile(page, ordersFile)
  await importFile(page, returnsFile)
  await waitForToastsToClear(page)

  // The scorecard opens on the newest week with orders, not on an empty week.
  const dataWeek = formatWeek(isoWeekOf(newest))
  const currentWeek = formatWeek(isoWeekOf(new Date(appNow())))
  await page.getByTestId('nav-scorecard').click()
  await expect(page.getByTestId('scorecard-overview')).toBeVisible()
  await expect(page.getByTestId('week-select')).toContainText(`Week ${weekNumber(dataWeek)} ·`)
  const notice = page.getByTestId('scorecard-behind')
  await expect(notice).toContainText(`Your newest order is ${MONTHS[newest.getUTCMonth()]} ${newest.getUTCDate()}`)
  await expect(notice).toContainText('import a newer export to see later weeks')
  await expect(page.getByTestId('tile-value-orders')).not.toHaveText('0')
  await expect(page.getByTestId('tile-value-orders')).not.toHaveText('—')
  await shot(page, 'stale-scorecard-first-view')

  // The list holds the current week and the weeks with orders, nothing else.
  await page.getByTestId('week-select').click()
  const options = page.locator('.n-base-select-option')
  const expected = new Set<string>([currentWeek])
  for (let i = 0; i < 35; i++) expected.add(formatWeek(isoWeekOf(new Date(newest.getTime() - i * DAY))))
  await expect(options).toHaveCount(expected.size)
  await expect(options.first()).toContainText(`Week ${weekNumber(currentWeek)} ·`)
  await shot(page, 'stale-scorecard-week-list')
  await page.keyboard.press('Escape')

  // Voice of Customer counts the four weeks before the newest order.
  await page.getByTestId('nav-voc').click()
  await page.getByTestId('voc-tab-suggestions').click()
  const card = page.locator(`[data-testid="voc-suggestion"][data-key="subcategory|${SERUM}|damaged"]`)
  await expect(card).toBeVisible()
  await expect(card).toContainText('Damaged')
  await expect(card).toContainText('The serum pump is leaking')
  await shot(page, 'stale-voc-suggestions')

  // Leave the empty database for the files after this one.
  await page.evaluate(async () => {
    const svc = (window as any).go.service.ImportService
    for (const b of (await svc.ListBatches()) ?? []) if (!b.undoneAt) await svc.Undo(b.id)
  })
  const after = await page.evaluate(() => (window as any).go.service.ShopService.Status())
  expect(after.hasData).toBe(false)
  expect(errors).toEqual([])
})
