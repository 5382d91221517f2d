// The element is interactive once defined and rendered, declared fields included; the next
// frame is when it is on screen.
await customElements.whenDefined('webview-form');
await document.querySelector('webview-form').updateComplete;
requestAnimationFrame(() => performance.mark('ready'));
