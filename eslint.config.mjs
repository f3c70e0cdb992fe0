// ESLint flat config: TypeScript rules for the whole project, with separate globals for Apps Script, sidebar browser and Node code.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What Apps Script's V8 offers besides the ES language itself: its services and `console` (no Node, no browser). */
const appsScriptGlobals = Object.fromEntries(
  [
    'SpreadsheetApp', 'Session', 'PropertiesService', 'Utilities', 'MailApp', 'UrlFetchApp', 'LockService', 'ScriptApp',
    'HtmlService', 'DriveApp', 'DocumentApp', 'CacheService', 'Logger', 'Charts', 'GoogleAppsScript', 'console',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.local-data/**', 'coverage/**', 'local/bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    rules: {
      // 160 for code; a line that is long because of one Spanish message or test text in a string or template literal
      // is allowed (messages stay whole, so they can be found by grep).
      'max-len': ['error', { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Apps Script code: ES2020 and the Apps Script services only; no-undef catches a Node or browser global.
    files: ['src/**/*.ts'],
    ignores: ['src/sidebar/**'],
    languageOptions: { globals: { ...globals.es2020, ...appsScriptGlobals } },
    rules: {
      'no-undef': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // The sidebar: browser code, with the same size rules as the rest of src.
    files: ['src/sidebar/**/*.ts'],
    languageOptions: { globals: { ...globals.es2020, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // Node code: the emulator, the build and start scripts, tests and benchmarks (`any` is refused in src only).
    files: ['local/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The local web page's own scripts: browser code served as is.
    files: ['local/web/static/**/*.js'],
    languageOptions: { globals: { ...globals.es2020, ...globals.browser } },
  },
  {
    // jest.config.js and other CommonJS config files.
    files: ['*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
