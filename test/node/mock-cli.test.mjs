// `npx webview-form-mock`: its options, as a new user meets them (the built bin, dist/mock/cli.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../dist/mock/cli.js', import.meta.url));
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 10_000 });

test('--help prints the usage and exits 0', () => {
  for (const flag of ['--help', '-h']) {
    const { status, stdout, stderr } = run(flag);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^Usage: webview-form-mock \[options\]/);
    for (const option of ['--port', '--host', '--origin', '--help']) assert.match(stdout, new RegExp(`${option}\\b`));
    assert.equal(stderr, '');
  }
});

test('an unknown option prints one line and the usage, and exits 2 without a stack trace', () => {
  const { status, stdout, stderr } = run('--bogus');
  assert.equal(status, 2);
  assert.equal(stdout, '');
  const [first, ...rest] = stderr.split('\n');
  assert.equal(first, "webview-form-mock: unknown option '--bogus'.");
  assert.match(rest.join('\n'), /^\nUsage: webview-form-mock \[options\]/);
  assert.doesNotMatch(stderr, /ERR_PARSE_ARGS|\n\s+at /);
});

test('a port that is not a port number is one line and exit 2', () => {
  const { status, stderr } = run('--port', 'eighty');
  assert.equal(status, 2);
  assert.match(stderr.split('\n')[0], /--port must be a port number/);
  assert.doesNotMatch(stderr, /\n\s+at /);
});
