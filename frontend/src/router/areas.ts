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
  comingSoon: boolean
}

/** The app's areas, in rail order. Labels and purposes live in i18n under area.<name>. */
export const AREAS: Area[] = [
  { name: 'orders', path: '/orders', icon: ReceiptOutline, comingSoon: false },
  { name: 'products', path: '/products', icon: CubeOutline, comingSoon: false },
  { name: 'timeline', path: '/timeline', icon: ChatbubblesOutline, comingSoon: false },
  { name: 'cards', path: '/cards', icon: IdCardOutline, comingSoon: false },
  { name: 'support', path: '/support', icon: HelpBuoyOutline, comingSoon: false },
  { name: 'voc', path: '/voc', icon: MegaphoneOutline, comingSoon: false },
  { name: 'scorecard', path: '/scorecard', icon: StatsChartOutline, comingSoon: false },
  { name: 'health', path: '/health', icon: PulseOutline, comingSoon: false },
  { name: 'settings', path: '/settings', icon: SettingsOutline, comingSoon: false },
]
