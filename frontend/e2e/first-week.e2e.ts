import { expect, test, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { nextOpenDialog, nextSaveDialog, shot, testdata, waitForToastsToClear, watchErrors, workDir } from './helpers'
import { openWithDemo } from './firstWeekHelpers'

// A seller's first week, with the demo shop: the product editor fills the
// box list and care tips cards print; the card export warns about empty
// fields per SKU first; the orders table shows whole order IDs, sorts and
// searches buyer messages; an import of old orders offers to skip what is
// long past; "?" lists the screen's shortcuts; nothing is cut at 1024 px.
// Not serial: one failed check does not hide the others (the page is reopened).
let page: Page
let errors: string[]

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  errors = watchErrors(page)
  await openWithDemo(page)
})
test.afterAll(async () => {
  expect(errors, 'errors thrown by our code in the page').toEqual([])
  await page.close()
})

/** Cells whose text is cut (wider than the cell shows) among the matches. */
async function cutCells(sel: string): Promise<string[]> {
  return page.locator(sel).evaluateAll((els) => els
    .filter((el) => {
      const td = el.closest('td') as HTMLElement | null
      const box = el as HTMLElement
      return (td && td.scrollWidth > td.clientWidth + 1) || box.scrollWidth > box.clientWidth + 1 ||
        (td && box.getBoundingClientRect().right > td.getBoundingClientRect().right + 1)
    })
    .map((el) => el.textContent ?? ''))
}

test('orders: whole order IDs and statuses at 1280 and 1024, sorting, message search, counts by date', async () => {
  await page.getByTestId('nav-orders').click()
  await expect(page.locator('[data-testid="order-id"]').first()).toBeVisible()
  expect(await cutCells('[data-testid="order-id"]')).toEqual([])
  expect(await cutCells('[data-testid="order-status"]')).toEqual([])
  await shot(page, 'fw-orders-1280')
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.waitForTimeout(300)
  expect(await cutCells('[data-testid="order-id"]')).toEqual([])
  expect(await cutCells('[data-testid="order-status"]')).toEqual([])
  const wrap = page.getByTestId('orders-table').locator('.n-data-table-base-table-body').first()
  expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), 'no sideways scroll at 1024').toBe(true)
  await shot(page, 'fw-orders-1024')
  await page.setViewportSize({ width: 1280, height: 800 })

  // Amount sorts in the database: the first row is the largest or smallest order of all.
  const extremes = await page.evaluate(async () => {
    const svc = (window as any).go.service.OrderService
    const q = (oldest: boolean) => svc.Query({ search: '', statuses: [], fromDay: '', toDay: '', offset: 0, limit: 1, oldest, sort: 'amount' })
    return [(await q(false)).rows[0].externalId, (await q(true)).rows[0].externalId]
  })
  const firstId = () => page.locator('[data-testid="order-id"]').first().innerText()
  await page.locator('.n-data-table-th').filter({ hasText: 'Amount' }).click()
  await expect.poll(firstId).toMatch(new RegExp(`^(${extremes[0]}|${extremes[1]})$`))
  const one = await firstId()
  await page.locator('.n-data-table-th').filter({ hasText: 'Amount' }).click()
  await expect.poll(firstId).toBe(one === extremes[0] ? extremes[1] : extremes[0])
  await shot(page, 'fw-orders-sorted-amount')
  await page.locator('.n-data-table-th').filter({ hasText: 'Status' }).click()
  await expect(page.locator('[data-testid="order-id"]').first()).toBeVisible()

  // A word the buyer wrote finds the order.
  const totalBefore = Number((await page.getByTestId('orders-total').innerText()).replace(/\D/g, ''))
  await page.getByTestId('orders-search').fill('side door')
  await expect.poll(async () => Number((await page.getByTestId('orders-total').innerText()).replace(/\D/g, ''))).toBeLessThan(totalBefore)
  await expect.poll(async () => Number((await page.getByTestId('orders-total').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0)
  await page.locator('[data-testid="order-id"]').first().click()
  await expect(page.getByTestId('order-drawer')).toContainText(/side door/i)
  await page.keyboard.press('Escape')
  await page.getByTestId('orders-search').fill('')

  // The date picker opens on the newest order's month, and the status counts follow the dates.
  const dates = await page.evaluate(() => (window as any).go.service.OrderService.Dates())
  const newest = new Date(`${dates.newest}T12:00:00Z`)
  await page.getByTestId('orders-range').click()
  const panel = page.locator('.n-date-panel')
  await expect(panel).toBeVisible()
  const monthShort = newest.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
  const shown = await panel.innerText()
  expect(shown).toContain(String(newest.getUTCFullYear()))
  expect(shown).toContain(monthShort)
  // No month after the newest order's.
  const next = new Date(Date.UTC(newest.getUTCFullYear(), newest.getUTCMonth() + 1, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
  expect(shown).not.toContain(next)
  await shot(page, 'fw-orders-datepicker')
  await page.keyboard.press('Escape')
  const counts = await page.evaluate(async (day) => {
    const svc = (window as any).go.service.OrderService
    const f = { search: '', statuses: [], fromDay: day, toDay: day, offset: 0, limit: 1, oldest: false, sort: '' }
    const c = await svc.StatusCounts(f)
    const all = await svc.StatusCounts({ ...f, fromDay: '', toDay: '' })
    const page = await svc.Query(f)
    return { day: Object.values(c).reduce((a: number, b: any) => a + b, 0), all: Object.values(all).reduce((a: number, b: any) => a + b, 0), total: page.total }
  }, dates.newest)
  expect(counts.day).toBe(counts.total)
  expect(counts.day).toBeLessThan(counts.all)
})

test('product editor: box list with quantities and care tips, with real hints', async () => {
  await page.getByTestId('nav-products').click()
  const table = page.getByTestId('products-table')
  await table.locator('tbody tr').first().click()
  const editor = page.getByTestId('product-editor')
  await expect(editor).toBeVisible()
  await expect(editor.locator('input[placeholder="Please Input"], textarea[placeholder="Please Input"]')).toHaveCount(0)
  const key = (await editor.locator('.mono').first().innerText()).trim()
  await page.getByTestId('included-add').click()
  await page.getByTestId('included-name').last().fill('Spare pump')
  await page.getByTestId('included-qty').last().fill('2')
  await page.getByTestId('care-add').click()
  await page.getByTestId('care-tip').last().fill('Rinse the pump in warm water once a week')
  await shot(page, 'fw-product-editor-1280')
  await page.getByTestId('product-save').click()
  await expect(editor).toBeHidden()
  const saved = await page.evaluate((k) => (window as any).go.service.ProductService.Get(k), key)
  expect(saved.content.includedItems).toContainEqual({ name: 'Spare pump', quantity: 2 })
  expect(saved.content.careTips).toContain('Rinse the pump in warm water once a week')
  await page.setViewportSize({ width: 1024, height: 700 })
  await table.locator('tbody tr').first().click()
  await expect(editor).toBeVisible()
  await page.getByTestId('product-included').scrollIntoViewIfNeeded()
  await shot(page, 'fw-product-editor-1024')
  await page.keyboard.press('Escape')
  await page.setViewportSize({ width: 1280, height: 800 })
  await waitForToastsToClear(page)
})

test('card export names the empty fields per SKU before writing, then prints the checklist', async () => {
  const skus = await page.evaluate(async () => {
    const list = await (window as any).go.service.ProductService.List()
    const filled = list.find((p: any) => p.content.includedItems.some((x: any) => x.name === 'Spare pump'))
    const bare = list.find((p: any) => p !== filled)
    // The bare product has no box list, as after a first import.
    await (window as any).go.service.ProductService.SaveContent({ ...bare.content, productKey: bare.key, includedItems: [] })
    const card = await (window as any).go.service.CardService.CreateFromStarter('whats_in_box')
    return { filled: filled.key as string, bare: bare.key as string, card: card.id as number }
  })
  await page.goto(`/#/cards/${skus.card}`)
  await expect(page.getByTestId('card-export')).toBeVisible({ timeout: 30_000 })
  await page.getByTestId('card-export').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toBeVisible()
  for (const k of [skus.filled, skus.bare]) {
    await page.getByTestId('export-skus').click()
    await page.keyboard.type(k)
    await page.locator('.n-base-select-option').filter({ hasText: k }).first().click()
  }
  await dialog.locator('.n-card-header').click()
  const pdf = path.join(workDir(), 'box-cards.pdf')
  nextSaveDialog(pdf)
  await page.getByTestId('export-run').click()
  const gaps = page.getByTestId('export-gaps')
  await expect(gaps).toBeVisible()
  await expect(gaps).toContainText(skus.bare)
  await expect(gaps).toContainText('Included items')
  // The filled product's box list is there (a shop-wide field such as the handle may still be listed, pointing to Settings).
  await expect(page.getByTestId('export-gap').filter({ hasText: skus.filled }).filter({ hasText: 'Included items' })).toHaveCount(0)
  expect(fs.existsSync(pdf), 'nothing written before the seller decides').toBe(false)
  await shot(page, 'fw-card-export-gaps-1280')
  await page.setViewportSize({ width: 1024, height: 700 })
  await shot(page, 'fw-card-export-gaps-1024')
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByTestId('export-continue').click()
  await expect(dialog).toBeHidden()
  await expect(page.locator('.n-message').filter({ hasText: /Saved \d+ pages? to/ })).toBeVisible()
  expect(fs.existsSync(pdf)).toBe(true)
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString()
  expect(text).toContain('2 × Spare pump')
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(workDir(), 'box-cards')])
  await waitForToastsToClear(page)

  // "Fix now" opens the bare product's editor.
  await page.getByTestId('card-export').click()
  await page.getByTestId('export-skus').click()
  await page.keyboard.type(skus.bare)
  await page.locator('.n-base-select-option').filter({ hasText: skus.bare }).first().click()
  await dialog.locator('.n-card-header').click()
  await page.getByTestId('export-run').click()
  await page.getByTestId(`export-fix-${skus.bare}`).click()
  await expect(page.getByTestId('product-editor')).toBeVisible()
  await expect(page.getByTestId('product-editor')).toContainText(skus.bare)
  await page.keyboard.press('Escape')
})

test('an import that floods Due offers to skip everything older, with Undo; returns show on cards', async () => {
  // 60 delivered orders from weeks ago: each has an overdue review request.
  const sample = fs.readFileSync(testdata('SYNTHETIC_tiktok_orders_us_style.csv'), 'utf8')
  const [header, ...rest] = sample.split('\n')
  const body = rest.join('\n')
  let out = header
  for (let i = 1; i <= 60; i++) {
    out += '\n' + body.trimEnd()
      .replaceAll('57690000000000000', `57691${String(i).padStart(3, '0')}000000000`)
      .replace(/06\/(\d\d)\/2024/g, '02/$1/2026')
  }
  const file = path.join(workDir(), 'old-orders.csv')
  fs.writeFileSync(file, out + '\n')
  nextOpenDialog(file)
  await page.getByTestId('nav-orders').click()
  await page.keyboard.press('Control+i')
  await expect(page.getByTestId('import-preview')).toBeVisible()
  await page.getByTestId('import-run').click()
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('summary-flood')).toBeVisible()
  await shot(page, 'fw-import-flood')
  await page.getByTestId('summary-skip-older').click()

  const dialog = page.getByTestId('skip-older')
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('skip-older-count')).toContainText(/\d+ due messages became due before/)
  const dueBefore = await page.evaluate(async () => (await (window as any).go.service.TimelineService.StageCounts()).due)
  await shot(page, 'fw-skip-older-1280')
  await page.getByTestId('skip-older-confirm').click()
  await expect(dialog).toBeHidden()
  const dueAfter = await page.evaluate(async () => (await (window as any).go.service.TimelineService.StageCounts()).due)
  expect(dueAfter).toBeLessThan(dueBefore - 50)
  await page.getByTestId('skip-older-undo').click()
  await expect.poll(() => page.evaluate(async () => (await (window as any).go.service.TimelineService.StageCounts()).due)).toBe(dueBefore)

  // A due order with a return in process says so on its card.
  const withReturn = await page.evaluate(async () => {
    const p = await (window as any).go.service.TimelineService.Queue('due', { stage: '', search: '', offset: 0, limit: 1000 })
    return p.items.find((i: any) => i.returnState)?.externalOrderId ?? ''
  })
  expect(withReturn).not.toBe('')
  await page.getByTestId('queue-search').locator('input').fill(withReturn)
  await expect(page.getByTestId('queue-return').first()).toBeVisible()
  await shot(page, 'fw-timeline-return-1280')
  await page.setViewportSize({ width: 1024, height: 700 })
  await shot(page, 'fw-timeline-return-1024')
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.getByTestId('queue-search').locator('input').fill('')

  // Leave the shop as it was: undo the old-orders import.
  await page.evaluate(async () => {
    const svc = (window as any).go.service.ImportService
    const batches = await svc.ListBatches()
    const b = batches.find((x: any) => x.fileName === 'old-orders.csv')
    if (b) await svc.Undo(b.id)
  })
  await waitForToastsToClear(page)
})

test('? lists the shortcuts of the screen; nothing is cut at 1024 px', async () => {
  await page.getByTestId('nav-support').click()
  await expect(page.getByTestId('inbox-table')).toBeVisible()
  await page.locator('body').click({ position: { x: 600, y: 10 } })
  await page.keyboard.press('?')
  const sheet = page.getByTestId('shortcut-sheet')
  await expect(sheet).toBeVisible()
  await expect(sheet).toContainText('Support inbox')
  await expect(sheet).toContainText('New ticket')
  await expect(sheet).toContainText('Assign to me')
  await shot(page, 'fw-shortcuts-support')
  await page.keyboard.press('Escape')
  await page.getByTestId('nav-timeline').click()
  await page.keyboard.press('?')
  await expect(sheet).toContainText('Mark it sent')
  await page.keyboard.press('Escape')

  await page.setViewportSize({ width: 1024, height: 700 })
  await page.getByTestId('nav-support').click()
  await expect(page.locator('[data-testid="ticket-age"]').first()).toBeVisible()
  const ageBox = await page.locator('.n-data-table-th').filter({ hasText: 'Age' }).boundingBox()
  expect(ageBox!.x + ageBox!.width).toBeLessThanOrEqual(1024)
  expect(await cutCells('[data-testid="ticket-age"]')).toEqual([])
  await shot(page, 'fw-support-1024')
  await page.getByTestId('nav-voc').click()
  const verdictHead = page.locator('.n-data-table-th').filter({ hasText: 'Did it work?' })
  await expect(verdictHead).toBeVisible()
  const vb = await verdictHead.boundingBox()
  expect(vb!.x + vb!.width).toBeLessThanOrEqual(1024)
  expect(await verdictHead.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true)
  await shot(page, 'fw-voc-1024')
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: width === 1024 ? 700 : 800 })
    await page.getByTestId('nav-scorecard').click()
    const label = page.getByTestId('week-select').locator('.n-base-selection-input__content, .n-base-selection-label').first()
    await expect(label).toBeVisible()
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `week label at ${width}`).toBe(true)
    await shot(page, `fw-scorecard-week-${width}`)
  }
})
