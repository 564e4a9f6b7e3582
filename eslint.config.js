import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Scraped text must never become markup.
const MARKUP_RULES = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never render raw HTML: text from pages and imports is hostile.',
  },
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Never write raw HTML: text from pages and imports is hostile.',
  },
  {
    // Found by tests/unit/hardening/lint-rules.test.ts: the computed form slipped through.
    selector: 'AssignmentExpression[left.property.value=/^(innerHTML|outerHTML)$/]',
    message: 'Never write raw HTML: text from pages and imports is hostile.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe)$/]',
    message: 'Never parse strings into live markup: text from pages and imports is hostile.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'Never write raw HTML: text from pages and imports is hostile.',
  },
];

// Guild makes no network request, except the opt-in sync transport (lib/sync/transport.ts).
const NETWORK_RULES = [
  {
    selector: "CallExpression[callee.name='fetch']",
    message: 'Guild makes no network request.',
  },
  {
    selector: "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name='fetch']",
    message: 'Guild makes no network request.',
  },
  {
    // globalThis['fetch'], and any other object's computed `fetch`.
    selector: "MemberExpression[computed=true][property.value='fetch']",
    message: 'Guild makes no network request.',
  },
  {
    // const { fetch } = globalThis (or window, self).
    selector:
      "VariableDeclarator[init.name=/^(window|globalThis|self)$/] > ObjectPattern > Property[key.name='fetch']",
    message: 'Guild makes no network request.',
  },
  {
    selector: "CallExpression[callee.property.name='sendBeacon']",
    message: 'Guild makes no network request.',
  },
];
const NETWORK_GLOBALS = ['XMLHttpRequest', 'WebSocket', 'EventSource'];
// `fetch` anywhere, called or not: `const f = fetch` or `run(fetch)` would hand it on unseen.
const FETCH_GLOBAL = { name: 'fetch', message: 'Guild makes no network request.' };

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...MARKUP_RULES, ...NETWORK_RULES],
      // Strings never become code (and the extension CSP forbids it anyway).
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-globals': ['error', FETCH_GLOBAL, ...NETWORK_GLOBALS],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The one module allowed to talk to the network: sync's CouchDB client,
    // only to the server the user configured (and the CSP admits only that).
    files: ['lib/sync/transport.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...MARKUP_RULES],
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
    },
  },
  {
    // Tests may build fixture documents from HTML strings.
    // Tests also talk to their own loopback servers (the CouchDB peer, the fixture sites).
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-globals': ['error', ...NETWORK_GLOBALS] },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
