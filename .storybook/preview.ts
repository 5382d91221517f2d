import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { themes } from 'storybook/theming';
// Generated from the element's JSDoc by `npm run analyze` (into dist/): docs and controls come from the code.
import manifest from '../dist/custom-elements.json';
import { lookProblems, WCAG_TAGS } from './look-check.js';
import { globalTypes, hostPage, initialGlobals, viewports } from './host-page.js';

/**
 * The manifest as Storybook's docs table and controls need it:
 * - Storybook picks a control from a type's name: `string` gets a text box, but `string |
 *   undefined`, the manifest's honest type for an optional property, gets the JSON editor; types
 *   are read without their `| undefined` (every attribute is optional anyway);
 * - the table keys its rows by name across sections, so the `submit` and `error` slots would be
 *   hidden by the parts of the same names and the default slot (no name) dropped; slots are
 *   listed as `slot="…"`, the default one as `(default slot)`.
 */
function forStorybook<T>(data: T): T {
  return JSON.parse(JSON.stringify(data), (key, value) => {
    if (key === 'text' && typeof value === 'string') return value.replace(/ \| undefined$/, '');
    if (key === 'slots' && Array.isArray(value)) {
      return value.map((slot: { name: string }) => ({ ...slot, name: slot.name ? `slot="${slot.name}"` : '(default slot)' }));
    }
    return value;
  });
}

setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  // The toolbar's Language and Colour scheme: every story sits in a host page that has them.
  globalTypes,
  initialGlobals,
  decorators: [hostPage],
  // Runs after each story's play function: the end state must not scroll sideways nor have small targets.
  afterEach: ({ canvasElement }) => {
    const problems = lookProblems(canvasElement);
    if (problems.length > 0) throw new Error(`The story's end state:\n${problems.join('\n')}`);
  },
  parameters: {
    // The docs pages follow the reader's colour scheme, as the sidebar and the forms in them do.
    docs: { theme: globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? themes.dark : themes.light },
    // The docs site's order: start, the guides in the order a newcomer needs them, then the reference and the stories.
    options: {
      // Shown again after the form designer, which hides it (a full-screen page of its own).
      layout: { showPanel: true },
      storySort: {
        order: [
          'Getting started',
          'Guides',
          [
            'The form designer',
            'Hosting the drop-in',
            'Install with a bundler, React and Vue',
            'Authored forms',
            'Declared fields',
            'Multi-step forms and conditions',
            'Validation and errors',
            'Languages and right-to-left',
            'The way back to the chat',
            'Payment confirmation',
            'What the bot can trust',
            'Theming: slots, parts and custom properties',
            'The mock backend',
          ],
          'Reference',
          'Form designer',
          'webview-form',
        ],
      },
    },
    // The viewport menu offers what the form is opened in: phones' in-app browsers, and a desktop.
    viewport: { options: viewports },
    // The stories render fixed scenarios; only the playground reads its args, so only it has controls.
    controls: { expanded: true, disable: true },
    // Every story is checked by axe; a WCAG 2 A/AA violation fails it, in the UI and in CI.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: WCAG_TAGS } },
    },
  },
};

export default preview;
