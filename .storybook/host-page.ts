/**
 * Storybook as the page that hosts the form: the toolbar picks the page's language, its colour
 * scheme and the phone it is opened on, and a decorator wraps every story in an element that
 * carries them, as a host page's <html> or a container would.
 */
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Decorator } from '@storybook/web-components-vite';
import { LANGUAGES } from '../src/i18n/languages.js';

/** Each built-in language by its own name, as a language menu lists them. */
const OWN_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  'pt-BR': 'Português (Brasil)',
  nl: 'Nederlands',
  pl: 'Polski',
  tr: 'Türkçe',
  ja: '日本語',
  'zh-CN': '简体中文',
  ko: '한국어',
  ar: 'العربية',
  he: 'עברית',
};

const RIGHT_TO_LEFT = new Set(['ar', 'he']);

export interface HostLanguage {
  /** The BCP 47 tag the page puts in `lang`. */
  tag: string;
  /** The language's name in itself. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** The element's built-in languages in the order of OWN_NAMES; one missing there is an error, not a silent gap. */
export const HOST_LANGUAGES: HostLanguage[] = Object.keys(OWN_NAMES).map((tag) => ({
  tag,
  name: OWN_NAMES[tag]!,
  dir: RIGHT_TO_LEFT.has(tag) ? 'rtl' : 'ltr',
}));
const unnamed = LANGUAGES.filter((tag) => !(tag in OWN_NAMES));
if (unnamed.length > 0 || HOST_LANGUAGES.length !== LANGUAGES.length)
  throw new Error(`host-page.ts: name every built-in language (${unnamed.join(', ')})`);

export function hostLanguage(tag: string): HostLanguage {
  return HOST_LANGUAGES.find((language) => language.tag === tag) ?? HOST_LANGUAGES[0]!;
}

/** The page's `color-scheme`, by the toolbar's choice. */
const SCHEMES: Record<string, string> = { light: 'light', dark: 'dark', system: 'light dark' };

export const globalTypes = {
  lang: {
    description: 'The host page’s language (lang, and dir for Arabic and Hebrew)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: HOST_LANGUAGES.map(({ tag, name }) => ({ value: tag, title: name, right: tag })),
      dynamicTitle: true,
    },
  },
  scheme: {
    description: 'The host page’s color-scheme',
    toolbar: {
      title: 'Colour scheme',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Light page', icon: 'sun' },
        { value: 'dark', title: 'Dark page', icon: 'moon' },
        { value: 'system', title: 'Follows the system (light dark)', icon: 'browser' },
      ],
      dynamicTitle: true,
    },
  },
} as const;

// A page that allows both schemes is the common case, and lets `npm run screenshots` (which
// emulates the system's scheme) show both.
export const initialGlobals = { lang: 'en', scheme: 'system' };

/**
 * Phones' in-app browsers (a chat app's web view): the width of the phone, and the height left
 * under the status bar and the in-app browser's own top and bottom bars.
 */
export const viewports = {
  iphoneSeInApp: { name: 'iPhone SE in-app (375×548)', styles: { width: '375px', height: '548px' }, type: 'mobile' },
  iphone15InApp: { name: 'iPhone 15 in-app (393×659)', styles: { width: '393px', height: '659px' }, type: 'mobile' },
  pixel8InApp: { name: 'Pixel 8 in-app (412×780)', styles: { width: '412px', height: '780px' }, type: 'mobile' },
  smallAndroidInApp: { name: 'Small Android in-app (360×560)', styles: { width: '360px', height: '560px' }, type: 'mobile' },
  desktop: { name: 'Desktop browser (1280×800)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

/**
 * Wraps the story in the host page's language, direction and colour scheme, with the page's
 * background and text colour (axe takes an unpainted page for white, whatever the scheme). A
 * story that sets its own `lang` keeps it: the closest one wins. The story is drawn afresh when
 * the language changes: the element reads an ancestor's `lang` when it renders, and does not
 * watch ancestors for changes (a real page changes language by loading again).
 */
export const hostPage: Decorator = (story, { globals, viewMode }) => {
  const language = hostLanguage(String(globals.lang ?? 'en'));
  const scheme = SCHEMES[String(globals.scheme)] ?? SCHEMES.system!;
  // Alone in the frame, the story's page is the whole frame: its canvas follows the scheme too.
  if (viewMode === 'story') document.documentElement.style.colorScheme = scheme;
  return html`<div
    class="host-page"
    lang=${language.tag}
    dir=${language.dir}
    style="color-scheme: ${scheme}; background: Canvas; color: CanvasText"
  >
    ${keyed(language.tag, story())}
  </div>`;
};
