import { expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { nextSaveDialog, openApp, shot, waitForToastsToClear, watchErrors, workDir } from './helpers'

// Support triage with the demo shop (loaded by app.e2e.ts): the inbox with
// running first-response timers, a ticket created from an order, a saved
// reply inserted and copied, and the standard flow walked to closed.

async function goSupport(page: Page) {
  await openApp(page)
  await page.getByTestId('nav-support').click()
  await expect(page.getByTestId('inbox-table')).toBeVisible()
  await expect(page.locator('[data-testid="inbox-table"] .n-data-table-tr[data-index="0"]')).toBeVisible()
}

/** A delivered demo order with one SKU: its platform ID. */
async function singleSkuOrder(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const svc = (window as any).go.service.OrderService
    const page = await svc.Query({ search: '', statuses: ['delivered', 'completed'], fromDay: '', toDay: '', offset: 0, limit: 50, oldest: false })
    const row = page.rows.find((r: any) => r.itemCount === 1)
    return row.externalId as string
  })
}

test('inbox shows first-response timers, breached ones in red', async ({ page }) => {
  const errors = watchErrors(page)
  await goSupport(page)
  // The rail counts the tickets still waiting for a first reply, red since some are past 12 h.
  await expect(page.getByTestId('nav-support-badge')).toHaveClass(/late/)
  expect(Number(await page.getByTestId('nav-support-badge').textContent())).toBeGreaterThan(0)
  const breached = page.locator('[data-testid="ticket-timer"][data-tone="breached"]')
  await expect(breached.first()).toBeVisible()
  await expect(breached.first()).toContainText('over')
  await expect(breached.first()).toHaveCSS('color', /rgb\((2[0-9]{2}|1[5-9][0-9]), [0-9]{1,2}, [0-9]{1,3}\)/)
  await expect(page.locator('[data-testid="ticket-timer"][data-tone="ok"]').first()).toContainText('left')
  // The hostile demo message shows as text.
  await page.getByTestId('inbox-view-all').click()
  await page.getByTestId('inbox-search').fill('onerror')
  await expect(page.locator('[data-testid="inbox-table"]')).toContainText('<img src=x onerror=alert(1)>')
  expect(await page.locator('[data-testid="inbox-table"] img').count()).toBe(0)
  await page.getByTestId('inbox-search').fill('')
  // "Mine" needs to know who you are: with nobody chosen it says so and stays put.
  await page.getByTestId('inbox-view-mine').click()
  await expect(page.locator('.n-message')).toContainText('Choose who you are')
  await expect(page.getByTestId('inbox-view-all')).toHaveClass(/on/)
  await page.getByTestId('inbox-view-soon').click()
  await expect(page.getByTestId('inbox-count')).not.toHaveText('No tickets')
  await page.getByTestId('inbox-view-open').click()
  await shot(page, 'support-inbox')
  expect(errors).toEqual([])
})

test('create a ticket from an order, insert a saved reply, walk the flow to closed', async ({ page }) => {
  const errors = watchErrors(page)
  await goSupport(page)
  const orderId = await singleSkuOrder(page)
  await page.getByTestId('support-me').click()
  await page.locator('.n-base-select-option').filter({ hasText: 'Daniel Reyes' }).click()

  await page.getByTestId('support-new').click()
  await page.getByTestId('new-order-search').fill(orderId)
  await page.locator('.n-base-select-option').filter({ hasText: orderId }).first().click()
  await expect(page.getByTestId('new-order-panel')).toContainText(orderId)
  const marker = `box ${Date.now() % 100000}`
  await page.getByTestId('new-words').fill(`Two screws are missing from the ${marker}, cannot assemble it`)
  await expect(page.getByTestId('new-suggestion')).toContainText('Missing parts')
  await shot(page, 'support-new-ticket')
  await page.getByTestId('new-create').click()

  const drawer = page.getByTestId('ticket-drawer')
  await expect(drawer).toBeVisible()
  await expect(page.getByTestId('ticket-status')).toHaveText('New')
  await expect(page.getByTestId('drawer-timers')).toContainText('12 h: 11h')
  await expect(page.getByTestId('ticket-order')).toContainText(orderId)

  // Acknowledge: the saved acknowledgement, copied, sets the first response.
  await page.getByTestId('flow-ack').click()
  await expect(page.getByTestId('reply-body')).toContainText('within {{hours}} hours')
  await page.getByTestId('reply-copy').click()
  await expect(page.getByTestId('ticket-status')).toHaveText('Acknowledged')
  await expect(page.getByTestId('ticket-events')).toContainText('within 24 hours')
  await expect(page.getByTestId('drawer-timers')).toContainText('✓')
  await waitForToastsToClear(page)

  // A saved reply with a free input.
  await page.getByTestId('saved-reply-picker').click()
  await page.locator('.n-base-select-option').filter({ hasText: 'Missing parts' }).first().click()
  await page.getByTestId('reply-input-part').locator('input').fill('the two M4 screws')
  await page.getByTestId('reply-copy').click()
  await expect(page.getByTestId('ticket-events')).toContainText("sorry that the two M4 screws wasn't in the box")

  // Proof once, diagnose, resolution, confirmation, root cause, close.
  await page.getByTestId('proof-order_number').click()
  await expect(page.getByTestId('ticket-status')).toHaveText('Waiting for proof')
  await page.getByTestId('proof-photos').click()
  await expect(page.getByTestId('ticket-status')).toHaveText('Diagnosing')
  await page.getByTestId('answer-which_part-yes').click()
  await page.getByTestId('answer-checked_packaging-yes').click()
  await expect(page.getByTestId('flow-suggested')).toContainText('Replacement part')
  await page.getByTestId('flow-offer').click()
  await expect(page.getByTestId('ticket-status')).toHaveText('Resolution offered')
  await page.getByTestId('flow-confirmed').click()
  await expect(page.getByTestId('ticket-status')).toHaveText('Resolved')
  await shot(page, 'support-ticket-flow')
  await page.getByTestId('flow-root-cause').click()
  await page.locator('.n-base-select-option').filter({ hasText: 'Packout error' }).click()
  await page.getByTestId('flow-close').click()
  await expect(page.getByTestId('ticket-status')).toHaveText('Closed')
  await page.keyboard.press('Escape')
  await waitForToastsToClear(page)

  // The closed ticket is in the .xlsx export with its root cause.
  const xlsx = path.join(workDir(), 'tickets.xlsx')
  nextSaveDialog(xlsx)
  await page.getByTestId('inbox-view-all').click()
  await page.getByTestId('inbox-search').fill(marker)
  await expect(page.getByTestId('inbox-count')).toHaveText('1 ticket')
  await page.getByTestId('support-export').click()
  await expect(page.locator('.n-message')).toContainText('Exported 1 ticket')
  const xml = ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']
    .map((part) => { try { return execFileSync('unzip', ['-p', xlsx, part], { stdio: ['ignore', 'pipe', 'ignore'] }).toString() } catch { return '' } }).join('')
  expect(xml).toContain(`Two screws are missing from the ${marker}`)
  expect(xml).toContain('Packout error')
  expect(fs.statSync(xlsx).size).toBeGreaterThan(4000)
  await page.getByTestId('inbox-search').fill('')
  await page.getByTestId('inbox-view-open').click()
  expect(errors).toEqual([])
})

test('bulk assign with undo, and the screens in dark mode', async ({ page }) => {
  const errors = watchErrors(page)
  await goSupport(page)
  const rows = page.locator('[data-testid="inbox-table"] .n-data-table-tr[data-index] .n-checkbox')
  await rows.nth(0).click()
  await rows.nth(1).click()
  await expect(page.getByTestId('bulk-bar')).toContainText('2 selected')
  await page.getByTestId('bulk-tag').locator('input').fill('carrier delay')
  await page.getByTestId('bulk-tag').locator('input').press('Enter')
  await expect(page.locator('.n-notification')).toContainText('2 tickets changed')
  await page.getByTestId('bulk-undo').click()
  await expect(page.locator('.n-message')).toContainText('Change undone')
  await waitForToastsToClear(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await shot(page, 'support-inbox-dark')
  await page.keyboard.press('j')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('ticket-drawer')).toBeVisible()
  await shot(page, 'support-ticket-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  expect(errors).toEqual([])
})
