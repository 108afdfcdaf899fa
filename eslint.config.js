// Lint, including the layer rules of DESIGN.md §3:
// extract and model import no DOM, browser API or storage; adapters import no extraction or
// storage; components import no browser API, protocol or storage; entrypoints compose.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserApi = [
  { name: 'wxt/browser', message: 'Browser APIs belong in entrypoints (DESIGN.md §3).' },
  { name: 'webextension-polyfill', message: 'Browser APIs belong in entrypoints (DESIGN.md §3).' },
];
const domGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'indexedDB', 'DOMParser', 'MutationObserver'].map((name) => ({
  name,
  message: 'This layer is pure: no DOM (DESIGN.md §3).',
}));
const extGlobals = ['chrome', 'browser'].map((name) => ({ name, message: 'Browser extension APIs belong in entrypoints (DESIGN.md §3).' }));
const group = (globs, message) => ({ group: globs, message });

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo/**', 'reports/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // MIME and text handling match control characters on purpose; escapes in regexes are style.
      'no-control-regex': 'off',
      'no-useless-escape': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      'no-undef': 'off',
    },
  },
  // Playwright fixtures take an empty destructuring pattern by design.
  { files: ['tests/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
  {
    files: ['lib/extract/**', 'lib/model/**'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals, ...extGlobals],
      'no-restricted-imports': [
        'error',
        {
          paths: [...browserApi, { name: 'idb', message: 'No storage in extract/model.' }, { name: '@mozilla/readability', message: 'Readability needs a DOM: adapters only.' }],
          patterns: [group(['**/storage/**', '**/adapters/**', '**/content/**', '**/protocol/**', '**/background/**', '**/account/**', '**/playbook/**', 'react', 'react-dom', 'wxt', 'wxt/*'], 'extract and model are pure (DESIGN.md §3).')],
        },
      ],
    },
  },
  {
    files: ['lib/adapters/**'],
    rules: {
      'no-restricted-globals': ['error', ...extGlobals],
      'no-restricted-imports': [
        'error',
        { paths: browserApi, patterns: [group(['**/extract/**', '**/storage/**', '**/account/**', '**/playbook/**', 'idb'], 'Adapters import no extraction or storage (DESIGN.md §3).')] },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-globals': ['error', ...extGlobals],
      'no-restricted-imports': [
        'error',
        { paths: browserApi, patterns: [group(['**/protocol/**', '**/storage/**', '**/background/**', 'idb', 'wxt', 'wxt/*'], 'Components are pure views: props in, callbacks out (DESIGN.md §3).')] },
      ],
    },
  },
  {
    files: ['lib/storage/**', 'lib/account/**', 'lib/playbook/**', 'lib/content/**', 'lib/protocol/router.ts', 'lib/protocol/messages.ts', 'lib/protocol/client.ts', 'lib/background/**'],
    rules: {
      'no-restricted-globals': ['error', ...extGlobals],
      'no-restricted-imports': ['error', { paths: browserApi, patterns: [group(['react', 'react-dom', '**/components/**'], 'No views below the entrypoints.')] }],
    },
  },
  {
    files: ['lib/account/**', 'lib/playbook/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: browserApi, patterns: [group(['**/storage/**', '**/adapters/**', '**/content/**', 'idb', 'react'], 'The account model and playbook are pure over records.')] }],
    },
  },
  {
    files: ['lib/account/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: browserApi, patterns: [
        group(['**/storage/**', '**/adapters/**', '**/content/**', 'idb', 'react'], 'The account model and playbook are pure over records.'),
        group(['**/playbook/**', '../playbook'], 'The playbook reads the account model, not the reverse.'),
      ] }],
    },
  },
);
