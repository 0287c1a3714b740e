import { expect, test, type Page } from '@playwright/test'
import { openApp, shot, waitForToastsToClear, watchErrors } from './helpers'

// Shop health on the demo shop (loaded here when the suite runs this file
// alone): the cards show what HealthService.Report computed, the planted
// patterns (Friday orders shipped late, candle jars broken in transit) come
// back as levers, a number opens its orders and an order opens in the
// drawer, and a target edited in Settings changes a card's status.

type Metric = { key: string; numerator: number; denominator: number; rate: number | null; status: string; target: number }
type Report = { asOf: string; metrics: Metric[]; levers: { metric: string; text: string; kind: string; count: number }[] }

const report = (page: Page): Promise<Report> => page.evaluate(() => (window as any).go.service.HealthService.Report(''))
const shown = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`)

async function goHealth(page: Page) {
  await openApp(page)
  const status = await page.evaluate(() => (window as any).go.service.ShopService.Status())
  if (!status.hasData) {
    await page.evaluate(() => (window as any).go.service.DemoService.Load())
    await page.reload()
    await openApp(page)
  }
  await page.getByTestId('nav-health').click()
  await expect(page.getByTestId('health-cards')).toBeVisible()
}

test('shop health shows the backend figures and the planted levers', async ({ page }) => {
  const errors = watchErrors(page)
  await goHealth(page)
  const r = await report(page)
  for (const m of r.metrics) {
    await expect(page.getByTestId(`health-value-${m.key}`), m.key).toContainText(m.key === 'ldr_rts' ? shown(m.rate) : shown(m.rate))
  }
  const ldr = r.metrics.find((m) => m.key === 'ldr')!
  await expect(page.getByTestId('health-card-ldr').getByTestId('health-counts')).toHaveText(
    `${ldr.numerator.toLocaleString('en-US')} of ${ldr.denominator.toLocaleString('en-US')}`)
  await expect(page.getByTestId('health-card-ldr')).toHaveAttribute('data-status', ldr.status)
  const levers = page.getByTestId('health-lever')
  await expect(levers).toHaveCount(r.levers.length)
  expect(r.levers.some((l) => l.kind === 'weekday' && l.text.includes('Friday'))).toBe(true)
  expect(r.levers.some((l) => l.kind === 'sku_reason' && l.text.includes('JP-CDL-CDR-8') && l.text.includes('Damaged item'))).toBe(true)
  await expect(page.getByTestId('health-levers')).toContainText('paid on a Friday')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.waitForTimeout(300)
    await shot(page, `health-${scheme}`)
  }
  await page.emulateMedia({ colorScheme: 'light' })
  expect(errors).toEqual([])
})

test('a number opens the late dispatches behind it, and a row opens its order', async ({ page }) => {
  await goHealth(page)
  const r = await report(page)
  const ldr = r.metrics.find((m) => m.key === 'ldr')!
  await page.getByTestId('health-value-ldr').click()
  await expect(page.getByTestId('health-drill')).toBeVisible()
  await expect(page.getByTestId('health-drill-count')).toContainText(`${ldr.numerator.toLocaleString('en-US')} record`)
  await expect(page.getByTestId('health-drill-table')).toContainText('Deadline')
  await expect(page.getByTestId('health-drill-table')).toContainText('Friday')
  await shot(page, 'health-drill')
  const first = page.getByTestId('health-drill-row').first()
  const orderId = (await first.locator('td').first().innerText()).trim()
  await first.click()
  await expect(page.getByTestId('order-drawer')).toBeVisible()
  await expect(page.getByTestId('order-drawer')).toContainText(orderId)
})

test('a lever lists its records', async ({ page }) => {
  await goHealth(page)
  await page.getByTestId('health-lever-records').first().click()
  await expect(page.getByTestId('health-drill')).toBeVisible()
  await expect(page.getByTestId('health-drill-row').first()).toBeVisible()
})

test('a target changed in Settings changes the card', async ({ page }) => {
  await goHealth(page)
  const ldr = (await report(page)).metrics.find((m) => m.key === 'ldr')!
  expect(ldr.rate).not.toBeNull()
  // A target just above the current rate turns the card good; just below, bad.
  const above = Math.ceil(ldr.rate! * 100 + 1)
  await page.getByTestId('health-targets').click()
  await expect(page.getByTestId('health-targets-card')).toBeVisible()
  await page.getByTestId('health-target-ldr').locator('input').fill(String(above))
  await page.getByTestId('health-target-ldr').locator('input').blur()
  await page.getByTestId('health-targets-save').click()
  await expect(page.locator('.n-message')).toContainText('Shop health targets saved')
  await waitForToastsToClear(page)
  await page.getByTestId('nav-health').click()
  await expect(page.getByTestId('health-card-ldr')).toHaveAttribute('data-status', 'good')
  await expect(page.getByTestId('health-card-ldr')).toContainText(`≤ ${above}%`)
  await page.getByTestId('health-targets').click()
  await page.getByTestId('health-targets-reset').click()
  await expect(page.locator('.n-message')).toContainText('Shop health targets saved')
})
