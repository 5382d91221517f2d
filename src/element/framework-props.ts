/**
 * What a framework may hand `<webview-form>` and listen to, for the JSX and template typings of
 * `webview-form/react` and `webview-form/vue`, derived from public-interface.ts. Types only:
 * nothing here reaches a bundle.
 */
import type { PUBLIC_PROPERTIES, PublicEvents, PublicProperties, ReadOnlyProperty } from './public-interface.js';

type Declarations = typeof PUBLIC_PROPERTIES;

/**
 * The public properties a page may set. React 19 and Vue 3 set a property (not an attribute)
 * when the element has one by that name, so lists and objects such as `fields` arrive whole.
 * `state` is left out: the element sets it.
 */
export type WebviewFormProperties = Partial<Omit<PublicProperties, ReadOnlyProperty>>;

/** A property's attribute when it is not the property's name (`bot-id`), else never. */
type RenamedAttribute<Name extends keyof Declarations> = Declarations[Name] extends { attribute: infer Attribute extends string }
  ? Attribute
  : never;

/**
 * The attributes whose names differ from their properties', as HTML spells them. A framework sets
 * these as attributes (the element has no property by that name), so their values are text,
 * except the boolean ones, which React 19 and Vue add when true and remove when false.
 */
export type WebviewFormAttributes = {
  [Name in keyof Declarations as RenamedAttribute<Name>]?: Declarations[Name] extends { type: BooleanConstructor } ? boolean : string;
};

/** The boolean attributes among them (`auto-submit`…). */
export type BooleanAttribute = {
  [Name in keyof WebviewFormAttributes]-?: boolean extends WebviewFormAttributes[Name] ? Name : never;
}[keyof WebviewFormAttributes];

/** The element's events by name, with their classes. */
export type WebviewFormEvents = PublicEvents;
