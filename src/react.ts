/**
 * `webview-form/react`: JSX typings of `<webview-form>` for React 19, types only. Bring them into
 * a project once, in any file that TypeScript compiles:
 *
 *     import type {} from 'webview-form/react';
 *
 * (or `/// <reference types="webview-form/react" />` in a `.d.ts`). React 19 sets a property when
 * the element has one by that name (`region`, `fields`, `botId`…) and an attribute otherwise
 * (`bot-id`…), and `onwebview-success` listens to `webview-success`: the props below are those
 * names, the listeners typed with the event classes. The element itself is defined by
 * `import 'webview-form'`. Only projects that import this module need @types/react.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WebviewForm } from './element/webview-form.js';
import type { WebviewFormAttributes, WebviewFormEvents, WebviewFormProperties } from './element/framework-props.js';

/** `onwebview-success` and the rest: React 19 adds a listener for the event named after `on`. */
export type WebviewFormReactListeners = {
  [Name in keyof WebviewFormEvents as `on${Name}`]?: (event: WebviewFormEvents[Name]) => void;
};

/** The props of `<webview-form>` in React 19's JSX. */
export type WebviewFormReactProps = DetailedHTMLProps<HTMLAttributes<WebviewForm>, WebviewForm> &
  WebviewFormProperties &
  WebviewFormAttributes &
  WebviewFormReactListeners;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'webview-form': WebviewFormReactProps;
    }
  }
}
