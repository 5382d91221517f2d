// The shape issue 28 gave the code, kept: a thin element whose state lives in named controllers,
// one interface between the element and its lazily loaded code, the chunk boundary as a folder,
// and the loads that are not a send run by @lit/task. The import rules themselves are
// dependency-cruiser's (`npm run deps`); these read the module graph it reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file) => readFileSync(join(root, file), 'utf8');
const lines = (file) => read(file).split('\n').length - (read(file).endsWith('\n') ? 1 : 0);

/** The module graph of src/, as dependency-cruiser sees it (type imports and import() included). */
const graph = JSON.parse(
  execFileSync(join(root, 'node_modules/.bin/depcruise'), ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  }).toString(),
);
const modules = new Map(graph.modules.map((module) => [module.source, module]));

/** The modules of src/ that `entry` brings in with it: static imports of values, not types, not import(). */
function staticallyReached(entry) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length > 0) {
    const source = stack.pop();
    if (seen.has(source)) continue;
    seen.add(source);
    for (const dependency of modules.get(source)?.dependencies ?? []) {
      const types = dependency.dependencyTypes;
      const runtime = !types.includes('dynamic-import') && !types.some((type) => /type-only|type-import|pre-compilation-only/.test(type));
      if (runtime && dependency.resolved.startsWith('src/')) stack.push(dependency.resolved);
    }
  }
  return seen;
}

test('the element file wires: at most 350 lines, JSDoc included', () => {
  assert.ok(lines('src/element/webview-form.ts') <= 350, `src/element/webview-form.ts has ${lines('src/element/webview-form.ts')} lines`);
});

test('texts, settings and lazy loading are each a ReactiveController in a file named for it', () => {
  for (const [file, name] of [
    ['src/element/texts.ts', 'Texts'],
    ['src/element/settings.ts', 'Settings'],
    ['src/element/loader.ts', 'Loader'],
  ]) {
    const source = read(file);
    assert.match(source, new RegExp(`export class ${name} implements ReactiveController`), `${file} exports ${name}`);
    assert.match(source, /host\.addController\(this\)/, `${name} adds itself to its host`);
    assert.match(read('src/element/webview-form.ts'), new RegExp(`new ${name}\\(this`), `the element creates a ${name}`);
  }
});

test('the lazily loaded code talks to the element through FormHost alone, and nothing writes its fields by name', () => {
  const element = 'src/element/webview-form.ts';
  for (const source of modules.keys()) {
    if (!/^src\/(delivery|steps)\//.test(source)) continue;
    const imports = modules.get(source).dependencies.map((dependency) => dependency.resolved);
    assert.ok(!imports.includes(element), `${source} imports the element itself`);
    assert.doesNotMatch(read(source), /\b(Shell|SubmissionHost|FlowHost)\b/, `${source} names an interface FormHost replaced`);
  }
  for (const file of readdirSync(join(root, 'src/element'))) {
    assert.doesNotMatch(read(`src/element/${file}`), /Object\.assign\(this\b/, `src/element/${file} writes the element's fields by name`);
  }
});

test('the chunk boundary is a folder: the first render reaches nothing in delivery/, steps/ or i18n/tables/', () => {
  for (const entry of ['src/delivery/index.ts', 'src/steps/index.ts']) assert.ok(modules.has(entry), `${entry} is a chunk's entry`);
  const first = staticallyReached('src/standalone.ts');
  const lazy = [...first].filter((source) => /^src\/(delivery|steps|i18n\/tables)\//.test(source));
  assert.deepEqual(lazy, []);
  // And the other way: what only the delivery brings lives in delivery/, but for the protocol's pure modules (core/).
  const deliveryOnly = [...staticallyReached('src/delivery/index.ts')].filter((source) => !first.has(source));
  const strays = deliveryOnly.filter((source) => !/^src\/(delivery|core)\//.test(source));
  assert.deepEqual(strays, [], 'modules only the delivery chunk brings, outside src/delivery/');
  const stepsOnly = [...staticallyReached('src/steps/index.ts')].filter((source) => !first.has(source));
  assert.deepEqual(
    stepsOnly.filter((source) => !/^src\/(steps|core)\/|^src\/i18n\/step-messages[.]ts$/.test(source)),
    [],
    'modules only the steps chunk brings, outside src/steps/',
  );
});

test('no file is named for when it loads', () => {
  const names = graph.modules.map((module) => module.source).filter((source) => source.startsWith('src/'));
  const when = names.filter((source) =>
    /\/(late-[\w-]+|[\w-]+-stored|next-task|deliver|conduct|funnel|lazy|chrome|rehearsal)[.]ts$/.test(source),
  );
  assert.deepEqual(when, []);
});

test('the loads that are not a send are Tasks of @lit/task, pinned', () => {
  const packageJson = JSON.parse(read('package.json'));
  assert.match(packageJson.dependencies['@lit/task'] ?? '', /^\d+\.\d+\.\d+$/, '@lit/task is a pinned dependency');
  const session = read('src/delivery/session.ts');
  assert.match(
    session,
    /this\.#check = new Task\(element, \{ args: form\.settingValues/,
    'the settings check is a Task whose args are the settings',
  );
  assert.match(session, /this\.#steps = new Task\(element,/, 'the steps load is a Task');
});
