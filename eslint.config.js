import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const BROWSER_STORAGE = ['localStorage', 'sessionStorage', 'indexedDB'];
const STORES_NOTHING = 'The widgets store nothing in the browser (docs/privacy.md); only the studio keeps a draft.';

export default tseslint.config(
  // test/fixtures/: built bundles of earlier versions, kept as they were built.
  { ignores: ['dist/', 'storybook-static/', '.tmp/', 'node_modules/', 'src/generated/', 'test/fixtures/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Feed text is rendered only as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Feed text is rendered only as text.' },
          ],
          patterns: [{ group: ['**/unsafe-*'], message: 'Feed text is rendered only as text.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='unsafeStatic']", message: 'Use literal`` with a fixed set of tags.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Build DOM with Lit templates.' },
      ],
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Issue 17: a function a newcomer can hold in their head. Lit templates count too.
    files: ['src/**'],
    rules: { 'max-lines-per-function': ['error', { max: 50 }] },
  },
  {
    // docs/privacy.md: the widgets set no cookies and store nothing in the browser. The studio
    // page (its own draft, said on the page) is the one exception.
    files: ['src/**'],
    ignores: ['src/studio/**'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_STORAGE.map((name) => ({ name, message: STORES_NOTHING }))],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'cookie', message: STORES_NOTHING },
        ...['window', 'globalThis', 'self'].flatMap((object) => BROWSER_STORAGE.map((property) => ({ object, property, message: STORES_NOTHING }))),
      ],
    },
  },
  {
    files: ['test/**', '*.config.*', '.storybook/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
