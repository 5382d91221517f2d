// ESLint for the project's TypeScript and scripts (`npm run lint`, the first stage of `npm test`
// with the import rules): typescript-eslint's recommended rules, Lit's and web components' own,
// and Prettier for the layout (`npm run format`), so no rule here argues about white space.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'screenshots/',
      'bench/node_modules/',
      'bench/gen/',
      'bench/build/',
      'bench/results/',
      'node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Unused names are errors, but a leading underscore says "unused on purpose".
      // A rest sibling leaves out what it names: `const { when, ...rest } = field` is how to drop a key.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `declare module 'react' { namespace JSX … }` is how a library adds its tag to JSX.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // chai's assertions are properties: `expect(sent).to.be.true` is a statement there.
    files: ['test/**', 'stories/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Node scripts: the test runner's configs, the bench, the build and test helpers.
    files: ['**/*.mjs', '**/*.cjs', '*.config.*', 'scripts/**', 'bench/**', 'test/node/**', 'test/wtr/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
