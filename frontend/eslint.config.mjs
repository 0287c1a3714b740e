// ESLint flat config. The file is .mjs because package.json has no
// "type": "module".
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'
import { defineConfig } from 'eslint/config'

// Only src/api/ may talk to the generated Wails bindings; everything else
// goes through its functions and types.
const noWailsImports = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['**/wailsjs', '**/wailsjs/**', 'wailsjs', 'wailsjs/**'],
          message:
            'Import the generated Wails bindings only in src/api/; use the functions and types src/api exports.',
        },
      ],
    },
  ],
}

export default defineConfig(
  {
    ignores: ['dist/', 'wailsjs/', 'node_modules/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
    },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['e2e/**/*.ts', 'vite.config.*', 'playwright.config.*', 'eslint.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: noWailsImports,
  },
  {
    files: ['src/api/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
