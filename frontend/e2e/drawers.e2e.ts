import { expect, test } from '@playwright/test'
import { shot, watchErrors } from './helpers'
import { delayBinding, openWithDemo } from './firstWeekHelpers'

// A drawer shows the record it was opened for, even when the answer for the
// record viewed just before arrives later (a slow disk, a busy backend).

test('a new ticket opens itself, not the closed ticket viewed before, when the old answer is slow', async ({ page }) => {
  const errors = watchErrors(page)
  await openWithDemo(page)
  const closed = await page.evaluate(async () => {
    const svc = (window as any).go.service.SupportService
    const p = await svc.Inbox({ statuses: ['closed'], category: '', subcategory: '', channel: '', assigneeId: -1, breached: false, use24h: false,
      flaggedOnly: false, sku: '', tag: '', breachingSoon: false, search: '', limit: 50, offset: 0 })
    const row = p.rows.find((r: any) => r.externalId)
    return { id: row.id as number, externalId: row.externalId as string }
  })
  await page.getByTestId('nav-support').click()
  await page.getByTestId('inbox-view-all').click()
  await page.getByTestId('inbox-search').fill(closed.externalId)
  await expect(page.getByTestId('inbox-count')).toHaveText(/^1 ticket/)
  const first = page.locator('[data-testid="inbox-table"] .n-data-table-tr[data-index="0"]')
  await first.click()
  const drawer = page.getByTestId('ticket-drawer')
  await expect(drawer).toContainText(`#${closed.id}`)
  await expect(page.getByTestId('ticket-status')).toHaveText('Closed')

  // From now on every answer about the closed ticket takes 2.5 s.
  await delayBinding(page, 'SupportService', 'Get', closed.id, 2500)
  await page.locator('body').click({ position: { x: 5, y: 400 } })
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await page.keyboard.press('n')
  await page.getByTestId('new-words').fill('The lid arrived cracked, can I get a new one?')
  await page.getByTestId('new-create').click()

  await expect(page.getByTestId('ticket-status')).toHaveText('New')
  const header = await drawer.locator('.head .mono').first().innerText()
  const newId = Number(header.replace('#', ''))
  expect(newId).not.toBe(closed.id)
  // Well after any slow answer about the old ticket: still the new one.
  await page.waitForTimeout(3500)
  await expect(drawer.locator('.head .mono').first()).toHaveText(`#${newId}`)
  await expect(page.getByTestId('ticket-status')).toHaveText('New')
  await expect(drawer).toContainText('The lid arrived cracked')

  // A dispute opened from the drawer lands on the new ticket.
  await page.getByTestId('dispute-kind').click()
  await page.locator('.n-base-select-option').first().click()
  await page.getByTestId('dispute-open').click()
  await expect(page.getByTestId('dispute-countdown')).toBeVisible()
  const disputeTicket = await page.evaluate(async () => {
    const list = await (window as any).go.service.SupportService.Disputes()
    return list.map((d: any) => d.ticketId ?? d.dispute?.ticketId)
  })
  expect(disputeTicket).toContain(newId)
  expect(disputeTicket).not.toContain(closed.id)
  await shot(page, 'drawer-new-ticket')
  expect(errors).toEqual([])
})

test('the order drawer shows the order last opened when the previous answer is slow', async ({ page }) => {
  const errors = watchErrors(page)
  await openWithDemo(page)
  await page.getByTestId('nav-orders').click()
  const ids = page.locator('[data-testid="order-id"]')
  await expect(ids.nth(1)).toBeVisible()
  const firstId = (await ids.nth(0).innerText()).trim()
  const secondId = (await ids.nth(1).innerText()).trim()
  // The first row's order answers slowly; open it, then at once the next one (j).
  const slowId = await page.evaluate(async (ext) => {
    const svc = (window as any).go.service.OrderService
    const p = await svc.Query({ search: ext, statuses: [], fromDay: '', toDay: '', offset: 0, limit: 1, oldest: false, sort: '' })
    return p.rows[0].id as number
  }, firstId)
  await delayBinding(page, 'OrderService', 'Get', slowId, 2500)
  await ids.nth(0).click()
  await page.keyboard.press('j')
  const shown = page.getByTestId('drawer-order-id')
  await expect(shown).toHaveText(secondId)
  await page.waitForTimeout(3500)
  await expect(shown).toHaveText(secondId)
  await page.keyboard.press('Escape')
  expect(errors).toEqual([])
})
