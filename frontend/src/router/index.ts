import { createRouter, createWebHashHistory } from 'vue-router'
import OrdersView from '@/views/OrdersView/OrdersView.vue'

export const router = createRouter({
  // Hash history: the app is served from embedded files, not a web server.
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/orders' },
    { path: '/orders', name: 'orders', component: OrdersView },
    { path: '/products', name: 'products', component: () => import('@/views/ProductsView/ProductsView.vue') },
    { path: '/timeline', name: 'timeline', component: () => import('@/views/TimelineView/TimelineView.vue') },
    { path: '/cards', name: 'cards', component: () => import('@/views/CardsView/CardsView.vue') },
    { path: '/cards/print/:id', name: 'card-print', component: () => import('@/views/CardPrintView/CardPrintView.vue'), meta: { bare: true } },
    { path: '/cards/:id', name: 'card-designer', component: () => import('@/views/CardDesignerView/CardDesignerView.vue') },
    { path: '/support', name: 'support', component: () => import('@/views/SupportView/SupportView.vue') },
    { path: '/voc', name: 'voc', component: () => import('@/views/VocView/VocView.vue') },
    { path: '/scorecard', name: 'scorecard', component: () => import('@/views/ScorecardView/ScorecardView.vue') },
    { path: '/health', name: 'health', component: () => import('@/views/HealthView/HealthView.vue') },
    { path: '/settings', name: 'settings', component: () => import('@/views/SettingsView/SettingsView.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/orders' },
  ],
})
