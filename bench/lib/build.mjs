// Builds each peer's page script: its entry in peers/ bundled with esbuild into one minified ES
// module (only the components that entry imports), as a site using the library would ship it.
// Shoelace's theme stylesheet is bundled the same way. Output: bench/build/, git-ignored.
import { build } from 'esbuild';
import { join } from 'node:path';

/** Bundles the peers' entries; returns the bytes of each output file, before compression. */
export async function buildPeers(benchDir) {
  const result = await build({
    entryPoints: ['shoelace.js', 'shoelace.css', 'lion.js', 'material.js'].map((file) => join(benchDir, 'peers', file)),
    outdir: join(benchDir, 'build'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.fromEntries(Object.entries(result.metafile.outputs).map(([file, { bytes }]) => [file, bytes]));
}
