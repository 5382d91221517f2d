// Finds the Chromium the tests drive. No test tool may download a browser on these machines, so
// this uses Debian's package: CHROME_PATH wins, then /usr/bin/chromium. Run as a script (it is the
// first half of `npm test`), it installs the package with apt when it is missing and it can.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { argv, env, exit, getuid } from 'node:process';
import { fileURLToPath } from 'node:url';

const DEBIAN_PATH = '/usr/bin/chromium';

/** The Chromium executable to launch, or undefined when there is none. */
export function chromiumPath() {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return existsSync(DEBIAN_PATH) ? DEBIAN_PATH : undefined;
}

/** Flags that let Chromium run as root on a closed network without phoning home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];

function ensureChromium() {
  if (chromiumPath()) return;
  if (env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${env.CHROME_PATH}, but there is no file there.`);
    exit(1);
  }
  const isDebian = existsSync('/etc/debian_version');
  if (!isDebian || getuid?.() !== 0) {
    console.error(
      'The tests need Chromium and found none. Install it (on Debian: `sudo apt-get install chromium`)\n' +
        'or point CHROME_PATH at a Chromium or Chrome executable, then run `npm test` again.',
    );
    exit(1);
  }
  console.log('Chromium is missing: installing Debian\'s chromium package with apt…');
  const apt = { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update', '-qq'], apt);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], apt);
  if (!chromiumPath()) {
    console.error(`apt installed chromium, but ${DEBIAN_PATH} is still missing.`);
    exit(1);
  }
  const release = readFileSync('/etc/debian_version', 'utf8').trim();
  console.log(`Installed Chromium from Debian ${release}.`);
}

if (argv[1] && fileURLToPath(import.meta.url) === argv[1]) ensureChromium();
