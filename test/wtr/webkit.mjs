// WebKit for web-test-runner: WebKitGTK's MiniBrowser, driven over WebDriver by WebKitWebDriver.
// WTR's webdriver launcher only connects to a driver, so a plugin starts one (under xvfb-run, which
// gives MiniBrowser a display) when the test server starts, and stops it by its process group.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { engineVersion, miniBrowserPath, webkitDriverPath, xvfbRunPath } from '../browsers.mjs';

/** A TCP port nothing listens on now: other people's test runs share these machines. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the driver answers /status as ready; rejects if it exits or is not up in `ms`. */
async function whenReady(port, child, ms = 30_000) {
  let exited;
  child.once('exit', (code, signal) => (exited = `WebKitWebDriver exited (${signal ?? code}) before it was ready`));
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (exited) throw new Error(exited);
    try {
      const status = await (await fetch(`http://127.0.0.1:${port}/status`)).json();
      if (status.value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

/** A WTR plugin that runs `xvfb-run -a WebKitWebDriver --port=<port>` while the test server is up. */
export function webkitDriverPlugin({ port }) {
  let child;
  const stop = () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    // The group: xvfb-run, its Xvfb, the driver and the MiniBrowser it launched.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  return {
    name: 'webkit-driver',
    async serverStart() {
      child = spawn(xvfbRunPath(), ['-a', webkitDriverPath(), `--port=${port}`], {
        detached: true,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      process.once('exit', stop);
      await whenReady(port, child);
    },
    async serverStop() {
      stop();
    },
  };
}

/**
 * The launcher for that driver. One session at a time, each test file in the top-level window:
 * with more, WTR runs files side by side in iframes of one page, sharing its sessionStorage.
 */
export function webkitLauncher({ port }) {
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: { 'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] } },
  });
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    await initialize({ ...config, concurrency: 1 }, testFiles);
    launcher.name = `WebKit ${engineVersion('webkit')}`.trim();
  };
  launcher.concurrency = 1;
  return launcher;
}
