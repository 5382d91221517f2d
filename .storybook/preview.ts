import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the element's JSDoc by `npm run analyze` (into dist/): docs and controls come from the code.
import manifest from '../dist/custom-elements.json';

/**
 * Storybook picks a control from a type's name: `string` gets a text box, but `string | undefined`,
 * the manifest's honest type for an optional property, gets the JSON editor. Controls and the
 * docs table read each type without its `| undefined`: every attribute is optional anyway.
 */
function withoutUndefined<T>(data: T): T {
  return JSON.parse(JSON.stringify(data), (key, value) => (key === 'text' && typeof value === 'string' ? value.replace(/ \| undefined$/, '') : value));
}

setCustomElementsManifest(withoutUndefined(manifest));

const preview: Preview = {
  parameters: {
    // The stories render fixed scenarios; only the playground reads its args, so only it has controls.
    controls: { expanded: true, disable: true },
    // Every story is checked by axe; a WCAG 2 A/AA violation fails it, in the UI and in CI.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};

export default preview;
