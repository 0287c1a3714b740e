import { expect, type Page } from '@playwright/test'
import * as fs from 'node:fs'
import * as path from 'node:path'

const repoRoot = path.resolve(__dirname, '..', '..')
export const testdata = (name: string) => path.join(repoRoot, 'backend', 'importer', 'testdata', name)
export const workDir = () => {
  const dir = process.env.AFTERLOOP_E2E_WORK
  if (!dir) throw new Error('run through build/scripts/e2e.sh (AFTERLOOP_E2E_WORK is not set)')
  return dir
}
export const screensDir = path.join(__dirname, '..', 'test-results', 'screens')

/** Makes the next native open dialog return filePath (the test seam). */
export function nextOpenDialog(filePath: string) {
  const seam = process.env.AFTERLOOP_TEST_OPEN_FILE
  if (!seam) throw new Error('AFTERLOOP_TEST_OPEN_FILE is not set')
  fs.writeFileSync(seam, filePath)
}

/** Makes the next native save dialog return filePath (the test seam). */
export function nextSaveDialog(filePath: string) {
  const seam = process.env.AFTERLOOP_TEST_SAVE_FILE
  if (!seam) throw new Error('AFTERLOOP_TEST_SAVE_FILE is not set')
  fs.writeFileSync(seam, filePath)
}

/** Collects page errors that come from our code, ignoring Wails dev noise. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (err) => {
    const text = `${err.message}\n${err.stack ?? ''}`
    if (text.includes('/wails/ipc.js') || text.includes("reading 'nodes'")) return
    errors.push(err.message)
  })
  page.on('dialog', (d) => {
    errors.push(`unexpected browser dialog: ${d.message()}`)
    void d.dismiss()
  })
  return errors
}

export async function shot(page: Page, name: string) {
  fs.mkdirSync(screensDir, { recursive: true })
  await page.screenshot({ path: path.join(screensDir, `${name}.png`), animations: 'disabled' })
}

/** Waits until the Wails bindings are connected and the shell is shown. */
export async function openApp(page: Page) {
  await page.goto('/')
  await page.waitForFunction(() => (window as any).go?.service?.ShopService !== undefined, null, { timeout: 60_000 })
  await expect(page.getByTestId('nav-rail')).toBeVisible()
}

/** Waits until no toast or notification covers the screen. */
export async function waitForToastsToClear(page: Page) {
  await expect(page.locator('.n-message, .n-notification')).toHaveCount(0, { timeout: 20_000 })
}

// The app under test runs on a fixed clock (AFTERLOOP_NOW, set by
// build/scripts/e2e.sh) that then advances in real time. Dates a test writes
// into files or compares with the UI come from the same clock; unique names
// and markers may keep using the computer's.
const fixedNow = process.env.AFTERLOOP_NOW ? Date.parse(process.env.AFTERLOOP_NOW) : NaN
const clockOffset = Number.isNaN(fixedNow) ? 0 : fixedNow - Date.now()
/** Milliseconds since the epoch on the app's clock. */
export const appNow = () => Date.now() + clockOffset

/**
 * Searches the orders for text and opens the one order it finds. The click
 * is retried: a row clicked while the search is still replacing the rows
 * opens nothing, as a seller would see on a slow machine.
 */
export async function openOrder(page: Page, text: string) {
  await page.getByTestId('orders-search').fill(text)
  const rows = page.getByTestId('orders-table').locator('tbody tr')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(text)
  const drawer = page.getByTestId('order-drawer')
  await expect(async () => {
    await rows.first().click({ timeout: 5_000 })
    await expect(drawer).toContainText(text, { timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
  return drawer
}
