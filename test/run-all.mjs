// `npm test`: every stage runs even when an earlier one failed; the summary says which failed, with
// the test counts per engine, and the exit code is 1 if any did.
//
//   node test/run-all.mjs [--browser chromium|firefox|webkit]… [--stage lint|deps|build|wtr|storybook|node]… [wtr args]
//
// --browser (or BROWSERS=firefox,webkit) picks the engines of the web-test-runner stage; the story
// tests run in Chromium only, so they are skipped when Chromium is not picked. --stage picks stages
// (the build is needed by the others: run it once, then iterate on one). Any other argument goes to
// web-test-runner, e.g. `npm test -- --browser webkit --stage wtr --files test/auth.test.ts`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argv, env, exit } from 'node:process';
import { ensureBrowsers, selectedEngines } from './browsers.mjs';

const STAGES = ['lint', 'deps', 'build', 'wtr', 'storybook', 'node'];

/** `--name value` and `--name=value`, repeatable and comma-separated; the rest of `args` apart. */
function parse(args) {
  const options = { browser: [], stage: [] };
  const rest = [];
  for (let index = 0; index < args.length; index++) {
    const match = args[index].match(/^--(browsers?|stages?)(?:=(.*))?$/);
    if (!match) {
      rest.push(args[index]);
      continue;
    }
    const value = match[2] ?? args[++index] ?? '';
    options[match[1].replace(/s$/, '')].push(...value.split(',').filter(Boolean));
  }
  return { ...options, rest };
}

const options = parse(argv.slice(2));
let engines;
try {
  engines = selectedEngines(options.browser.length > 0 ? ['--browser', options.browser.join(',')] : [], env.BROWSERS);
} catch (error) {
  console.error(error.message);
  exit(2);
}
const unknownStages = options.stage.filter((stage) => !STAGES.includes(stage));
if (unknownStages.length > 0) {
  console.error(`Unknown stage ${unknownStages.join(', ')}: choose from ${STAGES.join(', ')}.`);
  exit(2);
}
const stages = options.stage.length > 0 ? STAGES.filter((stage) => options.stage.includes(stage)) : STAGES;

// Chromium also runs the story tests and the end-to-end test: install it whenever those run.
const needsChromium = stages.includes('storybook') || stages.includes('node');
ensureBrowsers(
  stages.includes('wtr') ? [...new Set([...(needsChromium ? ['chromium'] : []), ...engines])] : needsChromium ? ['chromium'] : [],
);

const scratch = mkdtempSync(join(tmpdir(), 'webview-form-test-'));
const files = { wtr: join(scratch, 'wtr.json'), vitest: join(scratch, 'vitest.json'), node: join(scratch, 'node.tap') };

/** Runs a command with the terminal as its output; resolves with its exit code. */
function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

/** Each stage: how to run it, and how to read its counts (a list of { label, passed, failed, skipped }). */
const STAGE = {
  lint: {
    what: 'npm run lint: ESLint and Prettier, zero warnings',
    run: () => run('npm', ['run', 'lint', '--silent']),
    counts: () => [],
  },
  deps: {
    what: 'npm run deps: the import rules of DESIGN.md (no cycle, arrows down, lazy chunks through import())',
    run: () => run('npm', ['run', 'deps', '--silent']),
    counts: () => [],
  },
  build: {
    what: 'npm run build',
    run: () => run('npm', ['run', 'build', '--silent']),
    counts: () => [],
  },
  wtr: {
    what: `web-test-runner in ${engines.join(', ')}`,
    run: () => run('npx', ['wtr', ...options.rest], { BROWSERS: engines.join(','), WTR_COUNTS: files.wtr }),
    counts: () =>
      (readJson(files.wtr) ?? []).map(({ engine, passed, failed, skipped, failures }) => ({
        label: engine,
        passed,
        failed,
        skipped: skipped.length,
        failures,
      })),
  },
  storybook: {
    what: 'the stories as tests (vitest, Chromium only)',
    skip: engines.includes('chromium') ? undefined : 'the story tests run in Chromium only, and Chromium was not picked',
    run: () => run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${files.vitest}`]),
    counts: () => {
      const report = readJson(files.vitest);
      return report
        ? [
            {
              label: 'stories (Chromium)',
              passed: report.numPassedTests,
              failed: report.numFailedTests,
              skipped: report.numPendingTests + report.numTodoTests,
            },
          ]
        : [];
    },
  },
  node: {
    what: 'node --test test/node/',
    run: () =>
      run('node', [
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${files.node}`,
        'test/node/',
      ]),
    counts: () => {
      if (!existsSync(files.node)) return [];
      const tap = readFileSync(files.node, 'utf8');
      const total = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
      return [
        { label: 'node', passed: total('pass'), failed: total('fail') + total('cancelled'), skipped: total('skipped') + total('todo') },
      ];
    },
  },
};

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const results = [];
const started = Date.now();
for (const name of stages) {
  const stage = STAGE[name];
  if (stage.skip) {
    results.push({ name, status: 'skipped', note: stage.skip, counts: [], ms: 0 });
    continue;
  }
  console.log(`\n▶ ${name}: ${stage.what}\n`);
  const stageStart = Date.now();
  const code = await stage.run();
  let counts = [];
  try {
    counts = stage.counts();
  } catch (error) {
    console.error(`Could not read the counts of ${name}: ${error.message}`);
  }
  results.push({ name, status: code === 0 ? 'passed' : `FAILED (exit ${code})`, counts, ms: Date.now() - stageStart });
}
rmSync(scratch, { recursive: true, force: true });

console.log('\n━━ npm test ━━');
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const { name, status, note, counts, ms } of results) {
  console.log(`${name.padEnd(10)} ${status}${ms ? ` in ${seconds(ms)}` : ''}${note ? `: ${note}` : ''}`);
  for (const { label, passed, failed, skipped, failures } of counts) {
    console.log(`  ${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    for (const failure of failures ?? []) console.log(`    ✘ ${failure}`);
    totals.passed += passed;
    totals.failed += failed;
    totals.skipped += skipped;
  }
  // A stage that failed with no failing test (a build error, a crash) still counts as a failure.
  if (status.startsWith('FAILED') && counts.every((count) => count.failed === 0)) totals.failed++;
}
const failed = results.filter((result) => result.status.startsWith('FAILED')).map((result) => result.name);
console.log(failed.length > 0 ? `Failed stages: ${failed.join(', ')}.` : 'Every stage passed.');
console.log(`Took ${seconds(Date.now() - started)}.`);
console.log(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
exit(failed.length > 0 ? 1 : 0);
