// The npm package as it would be published: `npm pack --dry-run` over the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const files = new Set(packed.files.map((file) => file.path));

test('the tarball holds the build, the README and the licence, and no sources, tests or stories', () => {
  for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/webview-form.standalone.js', 'dist/custom-elements.json']) {
    assert.ok(files.has(file), `${file} is packed`);
  }
  const stray = [...files].filter((file) => /^(src|test|stories|demo|\.storybook|\.ci|node_modules|storybook-static|dist-demo)\//.test(file));
  assert.deepEqual(stray, []);
  console.log(`npm pack: ${packed.files.length} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);
});

test('every export, type, bin and side-effect path of package.json is in the tarball', () => {
  const paths = [];
  for (const target of Object.values(pkg.exports)) {
    if (typeof target === 'string') paths.push(target);
    else paths.push(...Object.values(target));
  }
  // sideEffects also names the sources that define the element, for this package's own builds.
  const builtSideEffects = pkg.sideEffects.filter((path) => !path.startsWith('./src/'));
  paths.push(...Object.values(pkg.bin), ...builtSideEffects, pkg.main, pkg.module, pkg.types, pkg.customElements);
  for (const path of paths) assert.ok(files.has(path.replace(/^\.\//, '')), `${path} is packed`);
});

test('the Node entries load through the package name', async () => {
  const mock = await import('webview-form/mock');
  for (const name of ['createWebviewHandler', 'SimulatedBot', 'createDemoBot', 'webviewMock', 'createMockBackend']) {
    assert.equal(typeof mock[name], 'function', `webview-form/mock exports ${name}`);
  }
  const server = await import('webview-form/mock/server');
  assert.equal(typeof server.startMockServer, 'function');
});

test('the bin is executable as a script and the manifest describes the element', () => {
  assert.match(readFileSync(`${root}/dist/mock/cli.js`, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const manifest = JSON.parse(readFileSync(`${root}/dist/custom-elements.json`, 'utf8'));
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'webview-form');
  assert.ok(element, 'webview-form is in custom-elements.json');
  assert.deepEqual(element.events.map((event) => event.name).sort(), ['webview-error', 'webview-invalid', 'webview-submit', 'webview-success']);
});
