import type { Component } from 'vue'
import {
  ChatbubblesOutline, CubeOutline, HelpBuoyOutline, IdCardOutline, MegaphoneOutline, ReceiptOutline, SettingsOutline,
  PulseOutline, StatsChartOutline,
} from '@vicons/ionicons5'

export type AreaName = 'orders' | 'products' | 'timeline' | 'cards' | 'support' | 'voc' | 'scorecard' | 'health' | 'settings'

export interface Area {
  name: AreaName
  path: string
  icon: Component
}

/** The app's areas, in rail order. Labels and titles live in i18n under area.<name>. */
export const AREAS: Area[] = [
  { name: 'orders', path: '/orders', icon: ReceiptOutline },
  { name: 'products', path: '/products', icon: CubeOutline },
  { name: 'timeline', path: '/timeline', icon: ChatbubblesOutline },
  { name: 'cards', path: '/cards', icon: IdCardOutline },
  { name: 'support', path: '/support', icon: HelpBuoyOutline },
  { name: 'voc', path: '/voc', icon: MegaphoneOutline },
  { name: 'scorecard', path: '/scorecard', icon: StatsChartOutline },
  { name: 'health', path: '/health', icon: PulseOutline },
  { name: 'settings', path: '/settings', icon: SettingsOutline },
]
