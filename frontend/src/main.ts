import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { syncClock } from './api/app'
import './styles.css'

// The first screen already shows dates ("due today", week ranges): take the
// backend's clock before rendering it.
syncClock()
  .catch(() => undefined)
  .finally(() => createApp(App).use(createPinia()).use(router).use(i18n).mount('#app'))
