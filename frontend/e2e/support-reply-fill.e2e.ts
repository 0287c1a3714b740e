import { expect, test } from '@playwright/test'
import { openApp, shot, waitForToastsToClear, watchErrors } from './helpers'

// A chat that came in without an order: the reply's {{buyer_name}} cannot
// come from the order, so the reply box offers the fill-in right there
// instead of refusing to copy with nowhere to type it.

test('a reply on a ticket without an order is filled in inline', async ({ page }) => {
  const errors = watchErrors(page)
  await openApp(page)
  await page.getByTestId('nav-support').click()
  await page.getByTestId('support-new').click()
  const marker = `parcel ${Date.now() % 100000}`
  await page.getByTestId('new-words').fill(`Where is my ${marker}? Tracking has not moved in a week`)
  await page.getByTestId('new-create').click()
  await expect(page.getByTestId('ticket-drawer')).toBeVisible()
  await expect(page.getByTestId('ticket-status')).toHaveText('New')

  await page.getByTestId('reply-body').locator('textarea').fill('Hi {{buyer_name}}, thanks for your patience. We are checking with the carrier now.')
  const field = page.getByTestId('reply-fill-buyer_name')
  await expect(field).toBeVisible()
  await expect(page.getByTestId('reply-composer')).toContainText('Fill in: buyer name')
  await field.locator('input').fill('Maya')
  await shot(page, 'support-reply-fill-in')
  await page.getByTestId('reply-copy').click()
  await expect(page.getByTestId('ticket-events')).toContainText('Hi Maya, thanks for your patience.')
  await expect(page.getByTestId('ticket-status')).toHaveText('Acknowledged')
  await page.keyboard.press('Escape')
  await waitForToastsToClear(page)
  expect(errors).toEqual([])
})
