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
    rules: {
      // Layout-only rules: templates are formatted by hand (there is no
      // formatter in the project) and keep short attribute lists and
      // element contents on one line.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/html-indent': 'off',
      // Sparkline is the chart's one-word name; it cannot clash with an HTML element.
      'vue/multi-word-component-names': ['error', { ignores: ['Sparkline'] }],
      // `const { a: _a, ...rest } = x` is how the code drops fields from an object.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
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
    files: ['e2e/**/*.ts'],
    rules: {
      // The browser tests reach into window.go / window.runtime inside
      // page.evaluate, which have no types on the test side.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    rules: noWailsImports,
  },
  {
    files: ['src/api/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
