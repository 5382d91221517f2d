// The packages Vite pre-bundles for Storybook and for the stories run as tests (vitest.config.ts):
// one list, since a package found late makes Vite reload mid-run, with a second copy of Lit.
export const PREBUNDLED = [
  'lit',
  'lit/directive-helpers.js',
  'lit/directives/if-defined.js',
  'lit/directives/keyed.js',
  'lit/directives/ref.js',
  'lit/directives/repeat.js',
  'zod/mini',
  'sinon',
  '@lit/task',
  'storybook/theming',
];
