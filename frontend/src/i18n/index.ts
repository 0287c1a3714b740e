import { createI18n } from 'vue-i18n'
import { en, type Messages } from './en'

export const i18n = createI18n<[Messages], 'en', false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en },
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
})
