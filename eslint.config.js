import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

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
    files: ['test/**', '*.config.*', '.storybook/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
