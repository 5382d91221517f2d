/**
 * Which engine runs the tests, for the few tests that one engine cannot run. Such a test says so
 * in its name (which engines, and why), and is skipped elsewhere, so that the report counts it.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** From the user agent: Firefox says "Firefox/", Chromium "Chrome/" (headless: "HeadlessChrome/"), WebKitGTK neither. */
export const ENGINE: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

const NAMES: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

function label(engines: Engine[], reason: string): string {
  return `[${engines.map((engine) => NAMES[engine]).join(', ')} only: ${reason}]`;
}

/** `describe` in `engines` and `describe.skip` elsewhere, with a title that names them and why. */
export function describeOnly(engines: Engine[], reason: string) {
  return (title: string, body: (this: Mocha.Suite) => void) =>
    (engines.includes(ENGINE) ? describe : describe.skip)(`${title} ${label(engines, reason)}`, body);
}

/** `it` in `engines` and `it.skip` elsewhere, with a title that names them and why. */
export function itOnly(engines: Engine[], reason: string) {
  return (title: string, body: Mocha.AsyncFunc) => (engines.includes(ENGINE) ? it : it.skip)(`${title} ${label(engines, reason)}`, body);
}

/**
 * A name for the test server that makes a plain-http page an insecure context in this engine:
 * Chromium and Firefox map forms.test to it; WebKit, which cannot map names, gets the machine's
 * own name (see test/wtr/origins.mjs).
 */
export async function insecureHost(): Promise<string> {
  if (ENGINE !== 'webkit') return 'forms.test';
  const answer = await fetch('/test/machine-name');
  if (!answer.ok) throw new Error(await answer.text());
  return answer.text();
}

/**
 * Loads `path` from the insecure host in an iframe and resolves with the one message the page
 * posts to its parent when it is done (`{ error }` rejects); the frame is removed then.
 */
export async function resultsFromInsecurePage<T>(path: string, title: string): Promise<T> {
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.src = `http://${await insecureHost()}:${location.port}${path}`;
  return new Promise<T>((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      if (event.data?.error) reject(new Error(event.data.error));
      else resolve(event.data as T);
    };
    window.addEventListener('message', onMessage);
    document.body.append(frame);
  });
}
