// The package as a user gets it. A fresh checkout (the files git tracks, without dist/) is packed
// with `npm pack`, which must build it; the tarball is installed in a scratch project from npm's
// cache, with no network, and every entry of `exports` is used from there: the Node entries
// imported, the browser entries bundled by esbuild, the manifest and package.json read, the bin
// started, and the typings compiled by tsc against React's and Vue's types, mistakes included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { readPublicInterface } from '../../scripts/public-interface.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
// The typings are checked against the same React and Vue types the project pins (and Node's, for the mock).
const TYPE_PACKAGES = ['@types/react', 'vue', '@types/node'];

const work = mkdtempSync(join(tmpdir(), 'webview-form-pack-'));
const checkout = join(work, 'checkout');
const app = join(work, 'app');
/** The tarball's files, without the `package/` prefix. */
let packed;
let packedSize;

// npm passes its settings and the script's name to scripts in npm_* variables: an outer `npm test`
// must not set the inner commands' (npm_command would even tell prepare it runs under `npm ci`).
// Where packages come from stays: the cache, the registry and the config files.
const KEPT = /^npm_config_(cache|registry|userconfig|globalconfig)$/i;
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) || KEPT.test(name)));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, env: cleanEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} in ${cwd} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The files of a fresh clone: what git tracks, as the work tree has them (so uncommitted edits are tested too). */
function copyCheckout() {
  const files = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    const from = join(root, file);
    if (!existsSync(from) || lstatSync(from).isDirectory()) continue;
    mkdirSync(dirname(join(checkout, file)), { recursive: true });
    cpSync(from, join(checkout, file), { verbatimSymlinks: true });
  }
  // The devDependencies the build needs, as `npm ci` would lay them out; linked, not installed again.
  symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');
}

/**
 * A lockfile for the scratch project, cut from this project's: the tarball and the packages it and
 * the type packages need, at the versions this project tested. `npm ci --offline` then installs
 * them from npm's cache, which this project's own `npm ci` filled.
 */
function scratchLock(tarball, dependencies) {
  const packages = {};
  const add = (from, name) => {
    // Node's lookup: the nearest node_modules/<name> from the requiring package upwards.
    for (let at = from; ; at = at.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
      const path = `${at ? `${at}/` : ''}node_modules/${name}`;
      const entry = lock.packages[path];
      if (entry) {
        if (packages[path]) return;
        const { dev, devOptional, peer, ...kept } = entry;
        packages[path] = kept;
        for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) add(path, dependency);
        return;
      }
      if (!at) return; // An optional dependency this platform did not install.
    }
  };
  packages['node_modules/webview-form'] = {
    version: pkg.version,
    resolved: `file:${tarball}`,
    license: pkg.license,
    dependencies: pkg.dependencies,
    bin: pkg.bin,
    engines: pkg.engines,
  };
  for (const dependency of Object.keys(pkg.dependencies)) add('node_modules/webview-form', dependency);
  for (const name of TYPE_PACKAGES) add('', name);
  return { name: 'scratch', lockfileVersion: 3, requires: true, packages: { '': { name: 'scratch', dependencies }, ...packages } };
}

before(() => {
  copyCheckout();
  const started = Date.now();
  run('npm', ['pack', '--pack-destination', work, '--loglevel=error'], checkout);
  const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack wrote a tarball');
  packedSize = lstatSync(join(work, tarball)).size;
  packed = run('tar', ['-tzf', join(work, tarball)], work)
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));
  console.log(`npm pack in a fresh checkout: ${((Date.now() - started) / 1000).toFixed(1)} s, build included`);

  mkdirSync(app);
  copyFileSync(join(work, tarball), join(app, tarball));
  const dependencies = { 'webview-form': `file:${tarball}` };
  for (const name of TYPE_PACKAGES) dependencies[name] = pkg.devDependencies[name];
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module', dependencies }, null, 2));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify(scratchLock(tarball, dependencies), null, 2));
  run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], app);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('npm pack builds a fresh checkout: the tarball holds the built entries, typings and manifest, and no sources', () => {
  const files = new Set(packed);
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/index.js',
    'dist/element.js',
    'dist/webview-form.standalone.js',
    'dist/index.d.ts',
    'dist/react.d.ts',
    'dist/vue.d.ts',
    'dist/mock/cli.js',
    'dist/custom-elements.json',
  ]) {
    assert.ok(files.has(file), `${file} is packed`);
  }
  assert.ok(
    packed.some((file) => /^dist\/webview-form\.delivery\.[0-9a-f]{8}\.js$/.test(file)),
    "the drop-in's delivery chunk, named with its build id, is packed",
  );
  const stray = packed.filter((file) =>
    /^(src|test|stories|demo|scripts|bench|\.storybook|\.ci|node_modules|storybook-static|dist-demo)\//.test(file),
  );
  assert.deepEqual(stray, []);
  // The drop-in is served as it is: no maps (see vite.config.ts); the bundler entries keep theirs.
  assert.deepEqual(
    packed.filter((file) => /^dist\/webview-form\.[a-z0-9]+\.js\.map$/.test(file)),
    [],
  );
  assert.ok(files.has('dist/index.js.map'), 'the bundler entry keeps its source map');
  const unpacked = packed.reduce((sum, file) => sum + lstatSync(join(app, 'node_modules/webview-form', file)).size, 0);
  console.log(`npm pack: ${packed.length} files, ${packedSize} bytes packed, ${unpacked} unpacked`);
});

test('every export, type, bin and side-effect path of package.json is in the tarball', () => {
  const files = new Set(packed);
  const paths = [];
  for (const target of Object.values(pkg.exports)) paths.push(...(typeof target === 'string' ? [target] : Object.values(target)));
  // sideEffects also names the sources that define the element, for this package's own builds.
  paths.push(...pkg.sideEffects.filter((path) => !path.startsWith('./src/')));
  paths.push(...Object.values(pkg.bin), pkg.main, pkg.module, pkg.types, pkg.customElements);
  for (const path of paths) assert.ok(files.has(path.replace(/^\.\//, '')), `${path} is packed`);
});

test('the Node entries, the manifest and package.json load from the installed package', () => {
  const script = `
    const mock = await import('webview-form/mock');
    const server = await import('webview-form/mock/server');
    const { default: manifest } = await import('webview-form/custom-elements.json', { with: { type: 'json' } });
    const { default: pkg } = await import('webview-form/package.json', { with: { type: 'json' } });
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'webview-form');
    console.log(JSON.stringify({
      mock: Object.keys(mock).filter((name) => typeof mock[name] === 'function'),
      server: Object.keys(server).filter((name) => typeof server[name] === 'function'),
      events: element.events.map((event) => event.name).sort(),
      attributes: element.attributes.map((attribute) => attribute.name),
      name: pkg.name,
    }));`;
  const loaded = JSON.parse(run(process.execPath, ['--no-warnings', '--input-type=module', '--eval', script], app));
  for (const name of ['createWebviewHandler', 'SimulatedBot', 'createDemoBot', 'webviewMock', 'createMockBackend']) {
    assert.ok(loaded.mock.includes(name), `webview-form/mock exports ${name}`);
  }
  assert.ok(loaded.server.includes('startMockServer'), 'webview-form/mock/server exports startMockServer');
  // The manifest's attributes and events are written from src/element/public-interface.ts.
  const described = readPublicInterface(new URL('../../', import.meta.url));
  assert.deepEqual(loaded.events, described.events.map((event) => event.name).sort());
  assert.deepEqual(loaded.attributes, described.properties.map((property) => property.attribute).filter(Boolean));
  assert.equal(loaded.name, 'webview-form');
});

test('the browser entries bundle with esbuild from the installed package, with their dependencies', async () => {
  writeFileSync(
    join(app, 'browser.js'),
    `import { TAG_NAME, WebviewForm as Defined, sha256hex } from 'webview-form';
     import { WebviewForm, parseFields, buildPayload, checkPayload } from 'webview-form/element';
     import { WebviewForm as DropIn } from 'webview-form/standalone';
     export { TAG_NAME, Defined, sha256hex, WebviewForm, parseFields, buildPayload, checkPayload, DropIn };`,
  );
  const result = await build({
    entryPoints: [join(app, 'browser.js')],
    absWorkingDir: app,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir: join(app, 'out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  assert.deepEqual(
    [...result.errors, ...result.warnings].map((message) => message.text),
    [],
  );
  const inputs = Object.keys(result.metafile.inputs);
  for (const file of ['dist/index.js', 'dist/element.js', 'dist/webview-form.standalone.js']) {
    assert.ok(inputs.includes(`node_modules/webview-form/${file}`), `${file} is bundled`);
  }
  assert.ok(
    inputs.some((input) => input.startsWith('node_modules/lit-html/')),
    'lit comes from the scratch project',
  );
  assert.ok(
    inputs.some((input) => input.startsWith('node_modules/zod/')),
    'zod comes from the scratch project',
  );
});

test('the bin starts the mock server', async () => {
  const bin = join(app, 'node_modules/.bin/webview-form-mock');
  accessSync(bin, constants.X_OK);
  const server = spawn(bin, ['--port', '0'], { cwd: app, env: cleanEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let printed = '';
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the bin printed no address in 10 s: ${printed}`)), 10_000);
      const read = (chunk) => {
        printed += chunk;
        const match = printed.match(/http:\/\/127\.0\.0\.1:\d+/);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
      server.on('exit', (code) => reject(new Error(`the bin exited with ${code}: ${printed}`)));
    });
    const preflight = await fetch(`${url}/thirdparty-services-0.1/webview`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST' },
    });
    assert.ok(preflight.status < 300, `the preflight was answered with ${preflight.status}`);
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

test('the bin prints its usage with --help', () => {
  const result = spawnSync(join(app, 'node_modules/.bin/webview-form-mock'), ['--help'], {
    env: cleanEnv,
    encoding: 'utf8',
    timeout: 10_000,
  });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /usage/i);
});

/** Runs tsc over `files` of typings/ in the scratch project; returns what it printed and its exit code. */
function compile(name, files, types) {
  cpSync(fileURLToPath(new URL('./typings/', import.meta.url)), join(app, 'typings'), { recursive: true });
  const compilerOptions = {
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2022', 'dom', 'dom.iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    // The package's declarations are checked too, not only their use.
    skipLibCheck: false,
    types,
  };
  writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: files.map((file) => `typings/${file}`) }));
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${name}.json`], {
    cwd: app,
    encoding: 'utf8',
  });
  return { status: tsc.status, printed: tsc.stdout + tsc.stderr };
}

test("the typings: TypeScript accepts the README's usage in TS, React 19 and Vue 3, and catches its mistakes", () => {
  const { status, printed } = compile('browser', ['element.ts', 'react.tsx', 'vue.ts'], []);
  assert.equal(status, 0, `tsc found errors (an unused @ts-expect-error is a mistake the types let through):\n${printed}`);
});

test("the mock's typings compile in a Node project", () => {
  const { status, printed } = compile('mock', ['mock.ts'], ['node']);
  assert.equal(status, 0, printed);
});
