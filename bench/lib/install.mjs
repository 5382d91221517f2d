// The bench's own dependencies (the peers and the bundler) live in bench/package.json and its
// lock, so the package's install never sees them. Installed with `npm ci` when bench/node_modules
// is missing or was installed from another lock; a stamp of the lock's hash tells which.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Installs bench/node_modules from bench/package-lock.json unless it is already that install. */
export function ensureInstalled(benchDir) {
  const lock = readFileSync(join(benchDir, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const stamp = join(benchDir, 'node_modules', '.bench-lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  console.error('bench: installing its dependencies (npm ci --prefix bench)…');
  // --ignore-scripts: the only install script is esbuild's, a check; its binary comes as an
  // optional dependency.
  execFileSync('npm', ['ci', '--prefix', benchDir, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
  });
  writeFileSync(stamp, hash);
}
