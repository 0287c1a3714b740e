import { expect, test, type Page } from '@playwright/test'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { nextOpenDialog, openApp, shot, waitForToastsToClear, watchErrors, workDir } from './helpers'

// The one import flow for every kind of file: it recognises the kind from
// the headers, asks the date order when the file cannot settle it, and every
// import (reviews too) can be undone from Settings → Import history.

const run = Date.now() % 1_000_000
const id = (n: number) => `58${String(run).padStart(6, '0')}${String(n).padStart(10, '0')}`

async function openImport(page: Page, file: string) {
  nextOpenDialog(file)
  await page.keyboard.press('Control+i')
  await expect(page.getByTestId('import-preview')).toBeVisible()
}

async function runAndClose(page: Page) {
  await page.getByTestId('import-run').click()
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 })
}

test('a file whose dates read two ways asks the date order with a real cell', async ({ page }) => {
  const errors = watchErrors(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp(page)
  // A Thai export: its description row in Thai, every date with day and month ≤ 12,
  // before the demo's newest order so the shop's later weeks stay as they were.
  const file = path.join(workDir(), `thai-orders-${run}.csv`)
  fs.writeFileSync(file, [
    'Order ID,Order Status,Order Substatus,SKU ID,Seller SKU,Product Name,Quantity,Order Amount,Created Time',
    'รหัสคำสั่งซื้อที่ไม่ซ้ำกันของแพลตฟอร์ม,สถานะคำสั่งซื้อ,,,,,,,',
    `${id(1)}\t,จัดส่งแล้ว,จัดส่งสำเร็จ,1730000000000000001\t,SERUM-A,Serum A,1,120,10/02/2026 22:05:43\t`,
    `${id(2)}\t,ที่จะจัดส่ง,,1730000000000000001\t,SERUM-A,Serum A,1,99,11/02/2026 08:00:00\t`,
  ].join('\n'))
  await openImport(page, file)
  const question = page.getByTestId('date-question')
  await expect(question).toBeVisible()
  await expect(page.getByTestId('date-question-raw')).toHaveText('10/02/2026 22:05:43')
  await expect(page.getByTestId('date-answer-dmy')).toHaveText('10 February 2026')
  await expect(page.getByTestId('date-answer-mdy')).toHaveText('2 October 2026')
  await expect(page.getByTestId('import-description-row')).toBeVisible()
  await expect(page.getByTestId('import-row-count')).toHaveText('2 data rows')
  await expect(page.getByTestId('import-run')).toBeDisabled()
  await shot(page, 'import-date-question')
  await page.getByTestId('date-answer-dmy').click()
  await expect(question).toBeHidden()
  await expect(page.getByTestId('import-run')).toBeEnabled()
  await runAndClose(page)
  await expect(page.getByTestId('summary-created')).toHaveText('2')
  await expect(page.getByTestId('summary-date-order')).toContainText(/day first/i)
  await page.keyboard.press('Escape')
  // 10/02 was read as 10 February, and the delivered substatus made the order delivered.
  await page.getByTestId('nav-orders').click()
  await page.getByTestId('orders-search').fill(id(1))
  await expect(page.getByTestId('orders-total')).toContainText('1')
  await expect(page.getByTestId('orders-table')).toContainText(/Feb/)
  await expect(page.getByTestId('orders-table')).toContainText(/delivered/i)
  await page.getByTestId('orders-search').fill('')
  await waitForToastsToClear(page)
  expect(errors).toEqual([])
})

test('a support log chosen with the main Import button is read as tickets', async ({ page }) => {
  const errors = watchErrors(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp(page)
  const file = path.join(workDir(), `support-log-${run}.csv`)
  fs.writeFileSync(file, [
    'Ticket ID,Order ID,Channel,Category,Subcategory,Opened At,Status,Buyer Message',
    `T-${run}-1,${id(1)},TikTok chat,Product issue,damaged,2026-03-02 09:00,new,Run ${run}: the lamp arrived cracked`,
    `T-${run}-2,,TikTok chat,Shipping,,2026-03-03 11:00,new,Run ${run}: where is my parcel?`,
  ].join('\n'))
  await openImport(page, file)
  await expect(page.getByTestId('import-kind')).toContainText('Support log')
  await expect(page.getByTestId('import-kind-reason')).toContainText(/support log/i)
  await shot(page, 'import-support-log-preview')
  await runAndClose(page)
  await expect(page.getByTestId('summary-created')).toHaveText('2')
  await expect(page.getByTestId('import-summary')).toContainText('Tickets created')
  await page.getByTestId('import-done').click()
  await expect(page).toHaveURL(/support/)
  await page.getByTestId('inbox-view-all').click()
  await page.getByTestId('inbox-search').fill(`t-${run}-1`)
  await expect(page.getByText(`Run ${run}: the lamp arrived cracked`)).toBeVisible()
  await page.getByTestId('inbox-search').fill('')
  await waitForToastsToClear(page)
  expect(errors).toEqual([])
})

test('a reviews import is in the import history and can be undone', async ({ page }) => {
  const errors = watchErrors(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp(page)
  const name = `reviews-${run}.csv`
  const file = path.join(workDir(), name)
  fs.writeFileSync(file, [
    'Order ID,Seller SKU,Rating,Review Text,Review Time',
    `${id(1)},SERUM-A,5,Run ${run} lovely serum,2026-05-12 10:00`,
    `${id(2)},SERUM-A,3,Run ${run} fine,2026-05-13 10:00`,
  ].join('\n'))
  await openImport(page, file)
  await expect(page.getByTestId('import-kind')).toContainText('Reviews')
  await runAndClose(page)
  await expect(page.getByTestId('summary-created')).toHaveText('2')
  await page.keyboard.press('Escape')

  await page.getByTestId('nav-settings').click()
  const history = page.getByTestId('import-history')
  const row = history.locator('tr').filter({ hasText: name })
  await expect(row).toContainText('Reviews')
  await shot(page, 'import-history-reviews')
  await row.locator('[data-testid^="btn-undo-"]').click()
  await page.getByRole('button', { name: /^undo import$/i }).click()
  await expect(page.locator('.n-message').last()).toContainText(/undone|removed/i)
  await expect(row.locator('[data-testid^="btn-undo-"]')).toHaveCount(0)
  await waitForToastsToClear(page)
  expect(errors).toEqual([])
})
