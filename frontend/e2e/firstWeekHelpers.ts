import { expect, type Page } from '@playwright/test'
import { openApp } from './helpers'

/** Opens the app with the demo shop loaded (loads it when the database is empty). */
export async function openWithDemo(page: Page) {
  await openApp(page)
  const total = await page.evaluate(async () => {
    const svc = (window as any).go.service.OrderService
    const p = await svc.Query({ search: '', statuses: [], fromDay: '', toDay: '', offset: 0, limit: 1, oldest: false })
    return p.total as number
  })
  if (total === 0) {
    await page.evaluate(() => (window as any).go.service.DemoService.Load())
    await page.reload()
    await openApp(page)
  }
  await expect(page.getByTestId('nav-rail')).toBeVisible()
}

/**
 * Wraps one bound Go method so that calls whose first argument matches `arg`
 * answer only after `ms` milliseconds: a slow response arriving out of order.
 */
export async function delayBinding(page: Page, service: string, method: string, arg: unknown, ms: number) {
  await page.evaluate(({ service, method, arg, ms }) => {
    const svc = (window as any).go.service[service]
    const original = svc[method]
    ;(window as any).__delayed = (window as any).__delayed ?? []
    svc[method] = async (...args: unknown[]) => {
      const answer = await original(...args)
      if (JSON.stringify(args[0]) === JSON.stringify(arg)) {
        ;(window as any).__delayed.push(arg)
        await new Promise((r) => setTimeout(r, ms))
      }
      return answer
    }
  }, { service, method, arg, ms })
}
