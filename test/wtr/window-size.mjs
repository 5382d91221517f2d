// WTR's setViewport command drives Chromium (Playwright) and Firefox (Puppeteer), and refuses a
// WebDriver session. WebKit runs each test file in its window's top-level page, one at a time
// (see webkit.mjs), so resizing that window resizes the page's viewports, layout and visual:
// `set-window-size` does it with WebDriver's Set Window Rect. The page asks for the outer size,
// since only it knows how much of the window its browser's chrome takes (test/viewport.ts).

/** A WTR plugin with the command `set-window-size` ({ width, height }: the window's outer size), for WebDriver sessions. */
export function windowSizePlugin() {
  return {
    name: 'set-window-size-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-window-size') return undefined;
      if (session.browser.type !== 'webdriver') {
        throw new Error(`set-window-size is for WebDriver sessions; ${session.browser.type} has setViewport.`);
      }
      const { width, height } = payload ?? {};
      if (typeof width !== 'number' || typeof height !== 'number') throw new Error('set-window-size needs { width, height } in pixels.');
      await session.browser.driver.setWindowRect(null, null, width, height);
      return true;
    },
  };
}
