/**
 * `webview-form/vue`: template typings of `<webview-form>` for Vue 3, types only. Bring them into
 * a project once, in any file that TypeScript (vue-tsc) compiles:
 *
 *     import type {} from 'webview-form/vue';
 *
 * They register the tag in Vue's `GlobalComponents`, as Vue's guide to web components shows, so
 * that vue-tsc checks `region`, `:fields` and `@webview-success` in templates. Vue must still be
 * told that the tag is a custom element (`compilerOptions.isCustomElement`): these are types only.
 * Only projects that import this module need Vue's types.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { WebviewForm } from './element/webview-form.js';
import type { BooleanAttribute, WebviewFormAttributes, WebviewFormEvents, WebviewFormProperties } from './element/framework-props.js';

/** `webview-success` → `WebviewSuccess`. */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Name>;

/** `onWebviewSuccess` and the rest: what `@webview-success` compiles to, and what Vue listens with. */
export type WebviewFormVueListeners = {
  [Name in keyof WebviewFormEvents as `on${PascalCase<Name>}`]?: (event: WebviewFormEvents[Name]) => void;
};

/**
 * The attributes spelled as in HTML. Vue writes a bound `false` into an attribute as the text
 * "false", which the element reads as present: write the boolean ones bare (`auto-submit`), or bind
 * the property (`:autoSubmit="false"`).
 */
export type WebviewFormVueAttributes = Omit<WebviewFormAttributes, BooleanAttribute> & { [Name in BooleanAttribute]?: true | '' };

/** The props of `<webview-form>` in Vue templates. */
export type WebviewFormVueProps = HTMLAttributes & PublicProps & WebviewFormProperties & WebviewFormVueAttributes & WebviewFormVueListeners;

/** The tag as `GlobalComponents` describes a component: the element, with the props and events of a template. */
export type WebviewFormVueComponent = new () => WebviewForm & {
  /** @deprecated For template type checking only: a custom element has no `$props`. */
  $props: WebviewFormVueProps;
  /** @deprecated For template type checking only: a custom element has no `$emit`. */
  $emit: EmitFn<{ [Name in keyof WebviewFormEvents]: (event: WebviewFormEvents[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'webview-form': WebviewFormVueComponent;
  }
}
