// The desktop menu's commands reach the UI as events "menu:<command>"; the
// native menu itself is tested in Go (backend/desktop/menu_test.go). Here the
// events are emitted as the menu would, and the About box is opened from
// Settings and from Help → About.
import { expect, test, type Page } from '@playwright/test'
import { nextOpenDialog, openApp, shot, testdata, watchErrors } from './helpers'

async function menu(page: Page, command: string) {
  await page.evaluate((c) => (window as any).runtime.EventsEmit(`menu:${c}`), command)
}

test('About box from Settings and from Help → About', async ({ page }) => {
  const errors = watchErrors(page)
  await openApp(page)
  await page.goto('/#/settings')
  await page.getByTestId('settings-about').click()
  const about = page.getByTestId('about-dialog')
  await expect(about).toBeVisible()
  // wails dev builds without release flags: a development build.
  await expect(page.getByTestId('about-version')).toHaveText('dev')
  await expect(page.getByTestId('about-fonts')).toContainText('Liberation Sans')
  await expect(page.getByTestId('about-fonts')).toContainText('Carlito')
  await expect(page.getByTestId('about-fonts')).toContainText('SIL Open Font License 1.1')
  await expect(page.getByTestId('about-libraries')).toContainText('Wails')
  await shot(page, 'about')

  await page.getByTestId('about-copy-diagnostics').click()
  await expect(page.locator('.n-message').filter({ hasText: 'Diagnostics copied' })).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(about).toBeHidden()
  await page.goto('/#/orders')
  await menu(page, 'about')
  await expect(about).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(about).toBeHidden()
  expect(errors).toEqual([])
})

test('menu commands: Settings, Import, Keyboard shortcuts', async ({ page }) => {
  const errors = watchErrors(page)
  await openApp(page)
  await page.goto('/#/orders')

  await menu(page, 'settings')
  await expect(page).toHaveURL(/#\/settings/)

  nextOpenDialog(testdata('SYNTHETIC_tiktok_orders_us_style.csv'))
  await menu(page, 'import')
  const drawer = page.getByTestId('import-drawer')
  await expect(drawer).toBeVisible()
  await expect(drawer).toContainText('SYNTHETIC_tiktok_orders_us_style.csv')
  nextOpenDialog('')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()

  // The shortcut sheet opens on "?"; the menu item presses it.
  await page.evaluate(() => {
    ;(window as any).__keys = []
    window.addEventListener('keydown', (e) => (window as any).__keys.push(e.key))
  })
  await menu(page, 'shortcuts')
  await expect.poll(() => page.evaluate(() => (window as any).__keys)).toEqual(['?'])
  expect(errors).toEqual([])
})
