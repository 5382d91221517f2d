import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

// Two builds from one config. The default one is the npm entry, dist/index.js, for bundlers:
// lit, @lit/task, zod and @noble/hashes stay imports so an app shares one copy of each. The
// `standalone` mode is the <script type="module"> drop-in: everything inside, minified, with the
// @noble/hashes fallback left as a lazily loaded chunk that secure pages never fetch.
export default defineConfig(({ command, mode }) => {
  const standalone = mode === 'standalone';
  return {
    // `npm start` serves the demo pages; the build reads src/ only.
    root: command === 'serve' ? resolve(root, 'demo') : root,
    server: { port: 5173, strictPort: true, fs: { allow: [root] } },
    // Pre-bundled up front: discovering one of these mid-session reloads the page with a second Lit.
    optimizeDeps: { include: ['lit', 'lit/directives/if-defined.js', '@lit/task', 'zod/mini'] },
    preview: { port: 5173, strictPort: true },
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: !standalone,
      target: 'es2022',
      minify: standalone,
      sourcemap: true,
      lib: {
        entry: resolve(root, 'src/index.ts'),
        formats: ['es'],
        fileName: () => (standalone ? 'webview-form.standalone.js' : 'index.js'),
      },
      rolldownOptions: standalone
        ? { output: { minify: true, chunkFileNames: 'webview-form.[name]-[hash].js' } }
        : { external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^@noble\//] },
    },
  };
});
