// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp, h, nextTick, type App } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { i18n } from '@/i18n'
import { useDesktopStore } from '@/stores/desktop'
import AboutDialog from './AboutDialog.vue'

const about = vi.hoisted(() => ({
  name: 'Afterloop', version: '7.8.9', buildDate: '2026-11-30', os: 'darwin/arm64', goVersion: 'go1.26.0',
  copyright: 'Copyright © 2026 Afterloop',
  fonts: [
    { name: 'Liberation Sans', version: '2.1.5', licence: 'SIL Open Font License 1.1', note: '© 2012 Red Hat, Inc.' },
    { name: 'Carlito', version: '', licence: 'SIL Open Font License 1.1', note: '' },
  ],
  libraries: [{ name: 'Wails', version: '2.16.0', licence: 'MIT', note: '' }],
}))

vi.mock('@/api/desktop', () => ({
  getAbout: vi.fn(async () => about),
  copyDiagnostics: vi.fn(async () => ({ chars: 100, logLines: 200 })),
  openDataFolder: vi.fn(async () => {}),
  openLog: vi.fn(async () => {}),
}))

let app: App | null = null
afterEach(() => {
  app?.unmount()
  app = null
  document.body.innerHTML = ''
})

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await nextTick()
    await new Promise((r) => setTimeout(r, 0))
  }
}

describe('About box', () => {
  it('shows the version, build date and the licences of fonts and libraries', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const root = document.createElement('div')
    document.body.appendChild(root)
    app = createApp({ render: () => h(NMessageProvider, null, { default: () => h(AboutDialog) }) })
    app.use(pinia).use(i18n).mount(root)
    expect(document.body.querySelector('[data-testid="about-version"]')).toBeNull()

    useDesktopStore().openAbout()
    await settle()

    expect(document.body.querySelector('[data-testid="about-version"]')?.textContent).toBe('7.8.9')
    expect(document.body.querySelector('[data-testid="about-build-date"]')?.textContent).toBe('2026-11-30')
    const fonts = document.body.querySelector('[data-testid="about-fonts"]')?.textContent ?? ''
    expect(fonts).toContain('Liberation Sans 2.1.5')
    expect(fonts).toContain('Carlito')
    expect(fonts).toContain('SIL Open Font License 1.1')
    expect(document.body.querySelector('[data-testid="about-libraries"]')?.textContent).toContain('Wails 2.16.0')
  })
})

describe('scorecard export request from the menu', () => {
  it('is taken once', () => {
    setActivePinia(createPinia())
    const s = useDesktopStore()
    expect(s.takeScorecardExport()).toBe(false)
    s.requestScorecardExport()
    expect(s.takeScorecardExport()).toBe(true)
    expect(s.takeScorecardExport()).toBe(false)
  })
})
