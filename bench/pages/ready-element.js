// The form is interactive once the element has rendered and its ten controls are in the page:
// authored ones are there from the start, declared ones are drawn in the element's first render.
// zod's verdict on a declaration comes later and only a submit waits for it, so this does not
// (`updateComplete` would). The next frame after that is when the form is on screen.
const form = document.querySelector('webview-form');
await customElements.whenDefined('webview-form');
const interactive = () => form.hasUpdated && form.querySelectorAll('input, select, textarea').length >= 10;
while (!interactive()) await new Promise(requestAnimationFrame);
requestAnimationFrame(() => performance.mark('ready'));
