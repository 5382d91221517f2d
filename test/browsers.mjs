// The browsers the tests drive, all from Debian's packages: no test tool may download a browser on
// these machines. Chromium (playwright-core), Firefox ESR (puppeteer over WebDriver BiDi) and
// WebKitGTK's MiniBrowser (WebKitWebDriver under xvfb-run). Each path can be overridden by an
// environment variable, e.g. CHROME_PATH=/opt/old/…/chromium to check an older Chromium.
//
// Run as a script (`node test/browsers.mjs [--browser firefox]`, the first step of `npm test`), it
// installs the packages of the chosen engines with apt when they are missing and it can.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { argv, env, exit, getuid } from 'node:process';
import { fileURLToPath } from 'node:url';

/** Every engine the browser tests run in, in the order they are reported. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** `path` when it exists, else undefined; an override that names no file is an error. */
function executable(override, name, fallback) {
  const path = env[override];
  if (path) {
    if (existsSync(path)) return path;
    console.error(`${override} is set to ${path}, but there is no file there (${name}).`);
    exit(1);
  }
  return fallback && existsSync(fallback) ? fallback : undefined;
}

/** The Chromium executable to launch: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath() {
  return executable('CHROME_PATH', 'Chromium', '/usr/bin/chromium');
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

/** Firefox ESR: FIREFOX_PATH, else Debian's /usr/bin/firefox-esr. */
export function firefoxPath() {
  return executable('FIREFOX_PATH', 'Firefox', '/usr/bin/firefox-esr');
}

/** Preferences that keep Firefox from phoning home on a closed network. */
export const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

/** WebKitGTK's WebDriver server: WEBKIT_DRIVER_PATH, else Debian's /usr/bin/WebKitWebDriver. */
export function webkitDriverPath() {
  return executable('WEBKIT_DRIVER_PATH', 'WebKitWebDriver', '/usr/bin/WebKitWebDriver');
}

/** WebKitGTK's MiniBrowser, which the driver launches: MINIBROWSER_PATH, else the one under /usr/lib/<arch>/. */
export function miniBrowserPath() {
  const found = readdirSync('/usr/lib', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.endsWith('-linux-gnu'))
    .map((entry) => `/usr/lib/${entry.name}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));
  return executable('MINIBROWSER_PATH', 'MiniBrowser', found);
}

/** xvfb-run, which gives MiniBrowser a display of its own. */
export function xvfbRunPath() {
  return executable('XVFB_RUN_PATH', 'xvfb-run', '/usr/bin/xvfb-run');
}

/** The engine's version as its package or executable reports it, for the test report; '' when unknown. */
export function engineVersion(engine) {
  const run = (file, args) => {
    try {
      return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    } catch {
      return '';
    }
  };
  const number = (text) => text.match(/\d+(?:\.\d+)+/)?.[0] ?? '';
  if (engine === 'chromium') return chromiumPath() ? number(run(chromiumPath(), ['--version'])) : '';
  if (engine === 'firefox') return firefoxPath() ? number(run(firefoxPath(), ['--version'])) : '';
  // MiniBrowser has no --version, and the WebKitGTK user agent names a frozen WebKit version.
  return number(run('dpkg-query', ['-W', '-f=${Version}', 'webkit2gtk-driver']));
}

/** What each engine needs: the files to find, and the Debian packages that hold them. */
const NEEDS = {
  chromium: { found: () => chromiumPath(), packages: ['chromium'] },
  firefox: { found: () => firefoxPath(), packages: ['firefox-esr'] },
  // xvfb-run needs xauth, which xvfb only recommends (and apt is told to skip recommendations).
  webkit: {
    found: () => webkitDriverPath() && miniBrowserPath() && xvfbRunPath() && existsSync('/usr/bin/xauth'),
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  },
};

/**
 * The engines chosen with `--browser NAME` (repeatable, or a comma-separated list) in `args`,
 * else with BROWSERS in the environment, else all of them.
 */
export function selectedEngines(args = argv.slice(2), browsers = env.BROWSERS) {
  const named = [];
  args.forEach((arg, index) => {
    if (arg === '--browser' || arg === '--browsers') named.push(args[index + 1] ?? '');
    else if (/^--browsers?=/.test(arg)) named.push(arg.slice(arg.indexOf('=') + 1));
  });
  const list = (named.length > 0 ? named : [browsers ?? ''])
    .join(',')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((name) => name.toLowerCase());
  const unknown = list.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown browser ${unknown.join(', ')}: choose from ${ENGINES.join(', ')}.`);
  return list.length > 0 ? ENGINES.filter((engine) => list.includes(engine)) : [...ENGINES];
}

/** Installs, with apt, the packages of the `engines` that are missing; exits with advice when it cannot. */
export function ensureBrowsers(engines) {
  const missing = engines.filter((engine) => !NEEDS[engine].found());
  if (missing.length === 0) return;
  const packages = missing.flatMap((engine) => NEEDS[engine].packages);
  const isDebian = existsSync('/etc/debian_version');
  if (!isDebian || getuid?.() !== 0) {
    console.error(
      `The browser tests need ${missing.join(', ')} and did not find ${missing.length > 1 ? 'them' : 'it'}.\n` +
        `On Debian, install the packages: \`sudo apt-get update && sudo apt-get install ${packages.join(' ')}\`;\n` +
        'or set CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and MINIBROWSER_PATH to the executables;\n' +
        'or run fewer engines: `npm test -- --browser chromium` (BROWSERS=chromium does the same).',
    );
    exit(1);
  }
  console.log(`Missing ${missing.join(', ')}: installing Debian's ${packages.join(' ')} with apt…`);
  const apt = { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
  // Without a fresh list apt may install an older Chromium than the one of the day.
  execFileSync('apt-get', ['update', '-qq'], apt);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], apt);
  const still = missing.filter((engine) => !NEEDS[engine].found());
  if (still.length > 0) {
    console.error(`apt installed ${packages.join(' ')}, but ${still.join(', ')} is still missing.`);
    exit(1);
  }
  console.log(`Installed ${packages.join(' ')} from Debian ${readFileSync('/etc/debian_version', 'utf8').trim()}.`);
}

if (argv[1] && fileURLToPath(import.meta.url) === argv[1]) {
  // Chromium always: the story tests, the end-to-end test and the bench run in it.
  let engines;
  try {
    engines = selectedEngines();
  } catch (error) {
    console.error(error.message);
    exit(2);
  }
  ensureBrowsers(engines.includes('chromium') ? engines : ['chromium', ...engines]);
}
