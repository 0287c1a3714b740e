import type { GlobalThemeOverrides } from 'naive-ui'

// One accent: a deep teal. Dark mode uses a lighter step of the same hue so
// it keeps its contrast on dark surfaces.
const fontFamily =
  'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", "Noto Sans JP", sans-serif'
const fontFamilyMono = '"JetBrains Mono", "SF Mono", "Cascadia Mono", Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace'

const shared: GlobalThemeOverrides = {
  common: { fontFamily, fontFamilyMono, borderRadius: '6px', borderRadiusSmall: '4px' },
  DataTable: { thFontWeight: '600', tdPaddingSmall: '6px 12px', thPaddingSmall: '8px 12px' },
  Card: { titleFontSizeSmall: '15px', titleFontWeight: '600' },
}

export const lightOverrides: GlobalThemeOverrides = {
  ...shared,
  common: {
    ...shared.common,
    primaryColor: '#0f766e',
    primaryColorHover: '#12877e',
    primaryColorPressed: '#0b5d57',
    primaryColorSuppl: '#12877e',
    bodyColor: '#f6f7f9',
  },
}

export const darkOverrides: GlobalThemeOverrides = {
  ...shared,
  common: {
    ...shared.common,
    primaryColor: '#2bb3a3',
    primaryColorHover: '#40c4b4',
    primaryColorPressed: '#1f978a',
    primaryColorSuppl: '#40c4b4',
  },
}
