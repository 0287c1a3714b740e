import { expect, type Page } from '@playwright/test'
import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { screensDir } from './helpers'

export { nextSaveDialog } from './helpers'

/** Calls a CardService binding in the page. */
export function cardService<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(([m, a]) => (window as any).go.service.CardService[m as string](...(a as unknown[])), [method, args] as const)
}

/** A demo product key that has included items, setup steps and care tips. */
export async function demoSku(page: Page): Promise<string> {
  const rows: { key: string; content?: { includedItems?: string[] } }[] =
    await page.evaluate(() => (window as any).go.service.ProductService.List())
  const lamp = rows.find((r) => r.key.includes('LMP')) ?? rows.find((r) => (r.content?.includedItems ?? []).length > 0) ?? rows[0]
  if (!lamp) throw new Error('no demo products')
  return lamp.key
}

/** Renders page 1 of a PDF at dpi to a PNG. */
export function pdfPage1(pdf: string, png: string, dpi = 100) {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', '-f', '1', '-l', '1', pdf, png.replace(/\.png$/, '')])
}

export function pdfPages(pdf: string): number {
  const out = execFileSync('pdfinfo', [pdf]).toString()
  return Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? 0)
}

export function pngSize(png: string): { width: number; height: number } {
  const out = execFileSync('identify', ['-format', '%w %h', png]).toString().trim().split(' ')
  return { width: Number(out[0]), height: Number(out[1]) }
}

/** Share of pixels that differ by more than 15 % (ImageMagick AE metric). */
export function differingShare(a: string, b: string, diff: string): number {
  const r = spawnSync('compare', ['-metric', 'AE', '-fuzz', '15%', a, b, diff])
  if (r.status !== 0 && r.status !== 1) throw new Error(`compare failed: ${r.stderr.toString()}`)
  const ae = Number(r.stderr.toString().trim().split(/\s/)[0])
  const { width, height } = pngSize(a)
  return ae / (width * height)
}

/** Opens the print preview of a card and screenshots only its svg. */
export async function printPreviewShot(page: Page, id: number, sku: string, png: string, dpi = 100) {
  await page.goto('about:blank')
  await page.goto(`/#/cards/print/${id}?sku=${encodeURIComponent(sku)}&side=front&dpi=${dpi}`)
  await expect(page.locator('body[data-ready="1"]')).toHaveCount(1, { timeout: 30_000 })
  await page.getByTestId('card-print').screenshot({ path: png, animations: 'disabled' })
}

export const screen = (name: string) => {
  fs.mkdirSync(screensDir, { recursive: true })
  return path.join(screensDir, name)
}
