import { expect, test, type Page } from '@playwright/test'
import { openApp, shot, waitForToastsToClear, watchErrors } from './helpers'

// Settings → Backups and Erase buyer, end to end: back up now, erase a buyer
// from the Orders drawer (a search for their name then finds nothing),
// restore the backup from Settings and find the buyer again. The shop ends
// as it started, so later spec files see the demo shop unchanged.

async function ensureDemo(page: Page) {
  await page.getByTestId('nav-orders').click()
  if (await page.getByTestId('first-run').isVisible().catch(() => false)) {
    await page.getByTestId('btn-load-demo').click()
  }
  await expect(page.getByTestId('orders-table')).toBeVisible({ timeout: 90_000 })
  await expect
    .poll(async () => Number((await page.getByTestId('orders-total').innerText()).replace(/\D/g, '')), { timeout: 30_000 })
    .toBeGreaterThan(1000)
  await waitForToastsToClear(page)
}

/** A buyer with a username, from the backend. */
async function someBuyer(page: Page): Promise<string> {
  const name = await page.evaluate(async () => {
    const p = await (window as any).go.service.OrderService.Query({ search: '', statuses: [], fromDay: '', toDay: '', offset: 0, limit: 50, oldest: false })
    const row = p.rows.find((r: any) => (r.buyerUsername ?? '').length > 3)
    return row?.buyerUsername ?? ''
  })
  expect(name).not.toBe('')
  return name
}

async function searchOrders(page: Page, text: string) {
  await page.getByTestId('nav-orders').click()
  const box = page.getByTestId('orders-search')
  await box.fill('')
  await box.fill(text)
}

async function openSettingsBackups(page: Page) {
  await page.getByTestId('nav-settings').click()
  const card = page.getByTestId('backups-card')
  await card.scrollIntoViewIfNeeded()
  await expect(card).toBeVisible()
  return card
}

test('back up, erase a buyer, restore the backup and see the buyer again', async ({ page }) => {
  const errors = watchErrors(page)
  await openApp(page)
  await ensureDemo(page)
  const buyer = await someBuyer(page)

  // Back up now.
  let card = await openSettingsBackups(page)
  await card.getByTestId('btn-backup-now').click()
  await expect(page.locator('.n-message').last()).toContainText('Backup saved')
  const manualRow = card.getByTestId('backups-table').locator('tbody tr', { hasText: 'On demand' })
  await expect(manualRow).toHaveCount(1)
  await waitForToastsToClear(page)
  await card.scrollIntoViewIfNeeded()
  await shot(page, 'backups-settings')

  // Erase the buyer from the Orders drawer.
  await searchOrders(page, buyer)
  const rows = page.getByTestId('orders-table').locator('tbody tr')
  await expect(rows.first()).toContainText(buyer, { ignoreCase: true })
  const drawer = page.getByTestId('order-drawer')
  const erase = drawer.getByTestId('erase-buyer')
  // The search may still be replacing the rows when the first click lands.
  await expect(async () => {
    await rows.first().click({ timeout: 5_000 })
    await expect(erase).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
  await erase.scrollIntoViewIfNeeded()
  await shot(page, 'erase-buyer-drawer')
  await erase.getByTestId('btn-erase-buyer').click()
  await page.locator('.n-dialog').getByRole('button', { name: 'Erase', exact: true }).click()
  await expect(page.locator('.n-message').last()).toContainText('Buyer erased from')
  await searchOrders(page, buyer)
  await expect(page.getByTestId('orders-table')).toContainText('No orders match')
  await expect(page.getByTestId('orders-table')).not.toContainText(buyer)
  await waitForToastsToClear(page)

  // The erasure log in Settings names the erasure, never the buyer.
  card = await openSettingsBackups(page)
  const log = page.getByTestId('erasure-log')
  await log.scrollIntoViewIfNeeded()
  await expect(log.getByTestId('erasure-log-table')).toContainText('sha256:')
  await expect(log).not.toContainText(buyer)
  await shot(page, 'erasure-log')

  // Restore the backup made before the erasure: the buyer is back.
  await card.scrollIntoViewIfNeeded()
  await card.getByTestId('backups-table').locator('tbody tr', { hasText: 'On demand' }).getByTestId('btn-restore-backup').click()
  await page.locator('.n-dialog').getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(page.locator('.n-message').last()).toContainText('Restored the backup from')
  await expect(card.getByTestId('backups-table').locator('tbody tr', { hasText: 'Before a restore' }).first()).toBeVisible()
  await searchOrders(page, buyer)
  await expect(page.getByTestId('orders-table').locator('tbody tr').first()).toContainText(buyer, { ignoreCase: true })
  await searchOrders(page, '')
  expect(errors).toEqual([])
})
