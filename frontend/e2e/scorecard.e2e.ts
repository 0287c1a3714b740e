import { expect, test, type Page } from '@playwright/test'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { nextOpenDialog, nextSaveDialog, openApp, shot, waitForToastsToClear, watchErrors, workDir } from './helpers'

// The weekly scorecard with the demo shop (loaded by app.e2e.ts): the tiles
// show what ScorecardService.Week computed, a number opens its records, the
// week exports as a real .xlsx, a reviews CSV imports through the mapping
// screen and moves the reviews count, and targets are edited in Settings.

type Tile = { key: string; value: number | null; unit: string; notMature: boolean; matureOn: number; target: number | null }
type View = {
  week: string
  currency: string
  currencyDecimals: number
  timeZone: string
  tiles: Tile[]
  hints: { metric: string; text: string; drill: unknown }[]
  refundBySku: { sku: string; eligibleLines: number; refundedLines: number }[]
  metrics: { start: number; eligibleLines: number; refundedLines: number }
  trend: { weeks: string[] }
}

const backendWeek = (page: Page, week: string): Promise<View> =>
  page.evaluate((w) => (window as any).go.service.ScorecardService.Week(w), week)
const defaultWeek = (page: Page): Promise<string> => page.evaluate(() => (window as any).go.service.ScorecardService.DefaultWeek())
const tileOf = (v: View, key: string): Tile => v.tiles.find((x) => x.key === key)!
const weekNum = (w: string) => Number(w.split('W')[1])

/** The value as the tile shows it (the UI's own formatting rules, restated). */
function shown(v: View, key: string): string {
  const t = tileOf(v, key)
  if (t.value === null) return '—'
  switch (t.unit) {
    case 'count': return Math.round(t.value).toLocaleString('en-US')
    case 'money': return new Intl.NumberFormat('en-US', { style: 'currency', currency: v.currency, minimumFractionDigits: v.currencyDecimals, maximumFractionDigits: v.currencyDecimals }).format(t.value)
    case 'rate': return `${(t.value * 100).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`
    case 'hours': return `${t.value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} h`
    case 'stars': return t.value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    default: return t.value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  }
}

async function expectTiles(page: Page, v: View, keys: string[]) {
  for (const key of keys) await expect(page.getByTestId(`tile-value-${key}`), key).toHaveText(shown(v, key))
}

async function goScorecard(page: Page) {
  await openApp(page)
  await page.getByTestId('nav-scorecard').click()
  await expect(page.getByTestId('scorecard-overview')).toBeVisible()
}

test('pick a week and see the tiles the backend computed', async ({ page }) => {
  const errors = watchErrors(page)
  await goScorecard(page)
  const week = await defaultWeek(page)
  const view = await backendWeek(page, week)
  expect(view.tiles.length).toBe(20)
  await expect(page.getByTestId('week-select')).toContainText(`Week ${weekNum(week)} ·`)
  // The demo's orders reach today: no "newest order is …" notice, and the
  // current (running) week is the only one after the default.
  await expect(page.getByTestId('scorecard-behind')).toHaveCount(0)
  await expect(page.getByTestId('week-next')).toBeEnabled()
  await expectTiles(page, view, ['orders', 'units', 'revenue', 'refund_rate', 'first_response_median', 'within_12h', 'reviews', 'avg_rating', 'negative_comment_rate', 'cohort_buyers'])
  await expect(page.getByTestId('tile-refund_rate').getByTestId('tile-detail'))
    .toHaveText(`${view.metrics.refundedLines} of ${view.metrics.eligibleLines.toLocaleString('en-US')} lines refunded`)
  // Last week's orders are days old: their refunds are still arriving, and the tile says so.
  await expect(page.getByTestId('tile-refund_rate').getByTestId('tile-filling')).toContainText('Still filling in')
  // Repeat rates the data cannot settle yet say when they will be ready.
  for (const key of ['repeat_30', 'repeat_60', 'repeat_90']) {
    if (tileOf(view, key).notMature) await expect(page.getByTestId(`tile-${key}`).getByTestId('tile-immature')).toContainText('ready on')
  }
  for (const hint of view.hints) await expect(page.getByTestId(`hint-${hint.metric}`).filter({ hasText: hint.text })).toHaveCount(1)
  await shot(page, 'scorecard-overview-light')
  // A hint opens the records it is about.
  const hint = view.hints.find((h) => h.drill)
  if (hint) {
    await page.getByTestId(`hint-drill-${hint.metric}`).first().click()
    await expect(page.getByTestId('drill-drawer')).toBeVisible()
    await expect(page.getByTestId('drill-count')).not.toHaveText(/^no /)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('drill-drawer')).toBeHidden()
  }

  // The week before, with the previous button.
  await page.getByTestId('week-prev').click()
  await expect(page).toHaveURL(/week=\d{4}-W\d{2}/)
  const prevWeek = await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1]).get('week'))
  expect(prevWeek).not.toBe(week)
  const prev = await backendWeek(page, prevWeek!)
  await expect(page.getByTestId('week-select')).toContainText(`Week ${weekNum(prev.week)} ·`)
  await expectTiles(page, prev, ['orders', 'revenue', 'refund_rate', 'reviews'])
  await expect(page.getByTestId('week-next')).toBeEnabled()

  // Back to the last complete week from the list.
  await page.getByTestId('week-select').click()
  await page.locator('.n-base-select-option').filter({ hasText: `Week ${weekNum(week)} ·` }).first().click()
  await expectTiles(page, view, ['orders', 'refund_rate'])

  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(200)
  await shot(page, 'scorecard-overview-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  expect(errors).toEqual([])
})

test('drill into the refund rate, refunds by SKU and the trends', async ({ page }) => {
  const errors = watchErrors(page)
  await goScorecard(page)
  const view = await backendWeek(page, await defaultWeek(page))

  await page.getByTestId('tile-value-refund_rate').click()
  const drawer = page.getByTestId('drill-drawer')
  await expect(drawer).toBeVisible()
  await expect(page.getByTestId('drill-title')).toHaveText(`Refund rate · week ${weekNum(view.week)}`)
  const refunded = view.metrics.refundedLines
  await expect(page.getByTestId('drill-count')).toHaveText(refunded === 0 ? 'no lines' : new RegExp(`^${refunded} lines?$`))
  if (refunded > 0) {
    await expect(page.locator('[data-testid="drill-table"] tbody tr')).toHaveCount(Math.min(refunded, 50))
    await expect(page.locator('[data-testid="drill-table"] tbody tr').first()).toContainText('Refunded')
  }
  await page.getByTestId('drill-filter-all').click()
  await expect(page.getByTestId('drill-count')).toHaveText(`${view.metrics.eligibleLines.toLocaleString('en-US')} lines`)
  await expect(page.locator('[data-testid="drill-table"] tbody tr')).toHaveCount(Math.min(view.metrics.eligibleLines, 50))
  await shot(page, 'scorecard-drill-refunds')
  // A line opens its order over the list.
  const firstRow = page.locator('[data-testid="drill-table"] tbody tr').first()
  const orderId = (await firstRow.locator('td').first().innerText()).trim()
  await firstRow.click()
  await expect(page.getByTestId('order-drawer')).toContainText(orderId)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('order-drawer')).toBeHidden()
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()

  // Refund rate by SKU, with counts; a count opens that SKU's lines.
  await page.getByTestId('scorecard-tab-refunds').click()
  await expect(page.locator('[data-testid="refund-table"] tbody tr')).toHaveCount(view.refundBySku.length)
  const top = view.refundBySku[0]!
  await expect(page.locator('[data-testid="refund-table"] tbody tr').first()).toContainText(`${top.refundedLines} of ${top.eligibleLines}`)
  await page.getByTestId(`sku-lines-${top.sku}`).click()
  await expect(page.getByTestId('drill-sku')).toContainText(top.sku)
  await expect(page.getByTestId('drill-count')).toHaveText(new RegExp(`^${top.eligibleLines} lines?$`))
  await page.keyboard.press('Escape')
  await shot(page, 'scorecard-refunds')

  // Twelve weeks of one metric; a point opens its week.
  await page.getByTestId('scorecard-tab-trends').click()
  await page.getByTestId('trend-pick-avg_rating').click()
  await expect(page.getByTestId('trend-title')).toHaveText('Average star rating')
  await expect(page.locator('[data-testid="trend-values"] tbody td')).toHaveCount(12)
  await expect(page.locator('[data-testid="trend-values"] tbody td').last()).toHaveText(shown(view, 'avg_rating'))
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(200)
  await shot(page, 'scorecard-trends-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.locator('[data-testid="trend-chart"] .point').nth(10).click()
  await expect(page.getByTestId('scorecard-overview')).toBeVisible()
  await expect(page.getByTestId('week-select')).toContainText(`Week ${weekNum(view.trend.weeks[10]!)} ·`)
  expect(errors).toEqual([])
})

test('export the week as an Excel workbook and open it', async ({ page }) => {
  const errors = watchErrors(page)
  await goScorecard(page)
  const file = path.join(workDir(), `scorecard-${Date.now()}.xlsx`)
  nextSaveDialog(file)
  await page.getByTestId('scorecard-export').click()
  await expect(page.getByTestId('export-path')).toHaveText(file, { timeout: 30_000 })
  expect(fs.existsSync(file)).toBe(true)
  expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK')
  await shot(page, 'scorecard-exported')
  await page.getByTestId('export-open').click()
  await expect(page.getByTestId('export-path')).toBeHidden()
  await expect(page.locator('.n-message--error-type')).toHaveCount(0)
  nextSaveDialog('')
  expect(errors).toEqual([])
})

/** "2026-11-12 10:00:00" in the shop's zone. */
function shopTime(seconds: number, zone: string): string {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(seconds * 1000)).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`
}

test('import a reviews CSV through the mapping screen and see the reviews count rise', async ({ page }) => {
  const errors = watchErrors(page)
  await goScorecard(page)
  const view = await backendWeek(page, await defaultWeek(page))
  const before = tileOf(view, 'reviews').value ?? 0
  const run = Date.now() % 1_000_000
  const at = (day: number, hour: number) => shopTime(view.metrics.start + day * 86_400 + hour * 3600, view.timeZone)
  // "Posted on" is no header Afterloop knows: the mapping screen asks for it.
  const csv = [
    'Order ID,Seller SKU,Stars,Review Text,Posted on',
    `,JP-SRM-VC30,5,"Run ${run}: the serum sank in fast and my skin felt smoother within a week, buying again",${at(1, 10)}`,
    `,JP-LIP-TRIO,4,Run ${run} nice balm,${at(2, 15)}`,
    `,JP-CHG-3IN1-BLK,2,"Run ${run}: <b>cable missing</b>",${at(3, 9)}`,
    `,JP-LIP-TRIO,9,Run ${run} not a star rating,${at(3, 11)}`,
  ].join('\n')
  const file = path.join(workDir(), `reviews-${run}.csv`)
  fs.writeFileSync(file, csv)

  nextOpenDialog(file)
  await page.getByTestId('import-reviews').click()
  // The scorecard opens the one import flow with the kind set to reviews.
  await expect(page.getByTestId('import-file-name')).toHaveText(path.basename(file))
  await expect(page.getByTestId('import-row-count')).toHaveText('4 data rows')
  await expect(page.getByTestId('import-missing')).toContainText('Review Time')
  await expect(page.getByTestId('import-run')).toBeDisabled()
  await page.getByTestId('mapping-review_time').click()
  await page.locator('.n-base-select-option').filter({ hasText: 'Posted on' }).click()
  await expect(page.getByTestId('import-missing')).toHaveCount(0)
  await expect(page.getByTestId('import-run')).toBeEnabled()
  await expect(page.getByTestId('mapping-rating')).toContainText('Stars')
  await shot(page, 'scorecard-import-mapping')
  await page.getByTestId('import-run').click()

  await expect(page.getByTestId('import-summary')).toBeVisible()
  await expect(page.getByTestId('summary-created')).toHaveText('3')
  await expect(page.getByTestId('summary-skipped')).toHaveText('1')
  await expect(page.getByTestId('skipped-rows')).toContainText('Rating')
  await expect(page.getByTestId('summary-date-order')).toContainText(/year first/i)
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForTimeout(200)
  await shot(page, 'scorecard-import-summary-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByTestId('import-done').click()

  await expect(page.getByTestId('tile-value-reviews')).toHaveText((before + 3).toLocaleString('en-US'))
  const after = await backendWeek(page, view.week)
  expect(tileOf(after, 'reviews').value).toBe(before + 3)
  await expectTiles(page, after, ['reviews', 'avg_rating', 'avg_words', 'share_11_words'])

  // The review with markup in it is shown as text in its drill-down.
  await page.getByTestId('tile-value-reviews').click()
  await expect(page.getByTestId('drill-table')).toContainText(`Run ${run}: <b>cable missing</b>`)
  expect(await page.locator('[data-testid="drill-table"] b').count()).toBe(0)
  await page.keyboard.press('Escape')

  // A file that is not a spreadsheet is refused, and nothing is written.
  const wrong = path.join(workDir(), `comments-${run}.pdf`)
  fs.writeFileSync(wrong, '%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\n')
  nextOpenDialog(wrong)
  await page.getByTestId('import-comments').click()
  await expect(page.getByTestId('import-error')).toContainText('not a spreadsheet')
  await expect(page.getByTestId('import-run')).toBeDisabled()
  await shot(page, 'scorecard-import-refused')
  await page.keyboard.press('Escape')
  await waitForToastsToClear(page)
  expect(errors).toEqual([])
})

test('targets: edit one in Settings, see it on the scorecard, reset to defaults', async ({ page }) => {
  const errors = watchErrors(page)
  await goScorecard(page)
  await page.getByTestId('scorecard-targets').click()
  const card = page.getByTestId('settings-scorecard-targets')
  await expect(card).toBeVisible()
  await expect(page.getByTestId('target-refund_rate')).toHaveValue('3')
  await page.waitForTimeout(1800)
  await shot(page, 'scorecard-targets-settings')
  await page.getByTestId('target-refund_rate').fill('0.1')
  await page.getByTestId('target-refund_rate').blur()
  await page.getByTestId('targets-save').click()
  await expect(page.locator('.n-message').last()).toContainText('Targets saved')

  await page.getByTestId('nav-scorecard').click()
  await expect(page.getByTestId('tile-refund_rate')).toContainText('Target ≤ 0.1%')

  await page.getByTestId('scorecard-targets').click()
  await page.getByTestId('targets-reset').click()
  await page.getByRole('button', { name: 'Reset to defaults' }).last().click()
  await expect(page.getByTestId('target-refund_rate')).toHaveValue('3')
  await page.getByTestId('nav-scorecard').click()
  await expect(page.getByTestId('tile-refund_rate')).toContainText('Target ≤ 3.0%')
  await waitForToastsToClear(page)
  expect(errors).toEqual([])
})
