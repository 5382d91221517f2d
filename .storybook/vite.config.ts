import { defineConfig } from 'vite';
import { PREBUNDLED } from './prebundled.mjs';

export default defineConfig({
  // Pre-bundled up front, else a late discovery loads a second copy of Lit.
  optimizeDeps: { include: PREBUNDLED },
});
