/** Languages a seller can add a message template version in (ISO 639-1). */
export const TEMPLATE_LANGUAGES: { code: string; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'ja', name: '日本語 (Japanese)' },
  { code: 'th', name: 'ไทย (Thai)' },
  { code: 'vi', name: 'Tiếng Việt (Vietnamese)' },
  { code: 'id', name: 'Bahasa Indonesia' },
  { code: 'ms', name: 'Bahasa Melayu' },
  { code: 'pt', name: 'Português' },
  { code: 'es', name: 'Español' },
  { code: 'zh', name: '中文 (Chinese)' },
]

export function languageName(code: string): string {
  return TEMPLATE_LANGUAGES.find((l) => l.code === code)?.name ?? code
}
