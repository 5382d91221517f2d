import { defineConfig } from 'vite';

export default defineConfig({
  // Pre-bundled up front, else a late discovery loads a second copy of Lit.
  optimizeDeps: {
    include: [
      'lit',
      'lit/directive-helpers.js',
      'lit/directives/if-defined.js',
      'lit/directives/keyed.js',
      'lit/directives/ref.js',
      'zod/mini',
      'sinon',
      '@lit/task',
      'storybook/theming',
    ],
  },
});
