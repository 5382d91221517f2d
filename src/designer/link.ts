/**
 * A design in a link: the designer keeps its state in the page's query (`?design=…`), so that a
 * reload keeps the work and a link shares it. The design is JSON in base64url (RFC 4648 §5),
 * which no URL parser or router rewrites, whatever the labels hold.
 */
import { REGIONS } from '../core/protocol.js';
import { flatFields } from '../fields/declarations.js';
import { LANGUAGES } from '../i18n/languages.js';
import type { PublicProperties } from '../element/public-interface.js';
import { oddCharacter, type Design } from './design.js';
import { designItems } from './sketch.js';
import { settingProblems } from './type-settings.js';

type Setting = 'string' | 'boolean' | 'strings';
/** What a setting of type `Type` holds. */
type SettingOf<Type> = NonNullable<Type> extends boolean ? 'boolean' : NonNullable<Type> extends readonly string[] ? 'strings' : 'string';

/**
 * The settings a design may hold besides its fields, with their types: every one that `Design`
 * declares, and of the element's type where the element has a property of that name.
 */
const SETTINGS: Readonly<Record<string, Setting>> = {
  message: 'string',
  region: 'string',
  endpoint: 'string',
  autoSubmit: 'boolean',
  urlVariables: 'strings',
  lang: 'string',
  title: 'string',
  pageUrl: 'string',
  botId: 'string',
  returnUrl: 'string',
  offerPatterns: 'strings',
} satisfies {
  [Name in Exclude<keyof Design, 'fields'>]-?: SettingOf<Design[Name]> &
    (Name extends keyof PublicProperties ? SettingOf<PublicProperties[Name]> : Setting);
};

/** A condition the designer can show: an object naming a field (what it says of it, the form judges). */
const isCondition = (when: unknown) =>
  when === undefined || (typeof when === 'object' && when !== null && typeof (when as { field?: unknown }).field === 'string');

/** Whether every item of `fields` is what the designer edits: a field, or a step holding a list of fields; every condition an object naming a field. */
function editable(fields: readonly unknown[]): boolean {
  return fields.every((item) => {
    const { step, fields: inner, when } = item as { step?: unknown; fields?: unknown; when?: unknown };
    if (step === undefined) return isCondition(when);
    return isCondition(when) && Array.isArray(inner) && inner.every((field) => isCondition((field as { when?: unknown }).when));
  });
}

const fits = (value: unknown, type: Setting) =>
  type === 'strings' ? Array.isArray(value) && value.every((item) => typeof item === 'string') : typeof value === type;

/** The query parameter that holds the design. */
export const DESIGN_PARAM = 'design';

/** `design` as the value of the query parameter. */
export function encodeDesign(design: Design): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(design))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The design in a value `encodeDesign` wrote.
 * @throws Error saying what is wrong, when the value is not such a design (cut short, edited by hand).
 */
export function decodeDesign(value: string): Design {
  let design: unknown;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    design = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (character) => character.charCodeAt(0))));
  } catch {
    throw new Error('The link’s design cannot be read: it may have been cut short.');
  }
  if (typeof design !== 'object' || design === null || !Array.isArray((design as Design).fields)) {
    throw new Error('The link’s design has no list of fields.');
  }
  // The designer draws what it reads: fields it could not draw, or a setting of the wrong type,
  // would break it rather than the design.
  const { fields } = design as Design;
  const items = designItems(fields);
  if (!items || !editable(fields)) throw new Error('The link’s design has fields the form cannot draw.');
  // The boxes keep a setting the form would refuse (a rating of 11 stars) out of a design: one in a link was written by hand.
  for (const field of flatFields(items)) {
    const [problem] = Object.values(settingProblems(field));
    if (problem) throw new Error(`The link’s design has a field the form would refuse, “${field.name}”: ${problem}`);
  }
  for (const [name, value] of Object.entries(design)) {
    if (name === 'fields') continue;
    const type = Object.hasOwn(SETTINGS, name) ? SETTINGS[name] : undefined;
    if (!type) throw new Error(`The link’s design has a setting the designer does not know: ${name}.`);
    const expected = type === 'strings' ? 'a list of texts' : type === 'boolean' ? 'true or false' : 'a text';
    if (!fits(value, type)) throw new Error(`The link’s design sets ${name} to something other than ${expected}.`);
    const problem = settingProblem(name, value as string | boolean | string[]);
    if (problem) throw new Error(`The link’s design ${problem}.`);
  }
  return design as Design;
}

// Settings the designer marks at their own box, with its reason, rather than refuse the design:
// the person sees what is wrong where they can put it right.
const MARKED_AT_THEIR_BOX = new Set(['message', 'pageUrl', 'botId', 'returnUrl']);

/**
 * What is wrong with a setting of the right type that the designer could not show as it is (a
 * menu has no such choice) or the page could not carry as written; undefined when nothing is.
 */
function settingProblem(name: string, value: string | boolean | string[]): string | undefined {
  if (name === 'region' && !Object.hasOwn(REGIONS, value as string))
    return `names a region the designer does not know: ${JSON.stringify(value)}`;
  if (name === 'lang' && !LANGUAGES.includes(value as string))
    return `names a language the designer does not offer: ${JSON.stringify(value)}`;
  if (name === 'urlVariables') {
    // The page lists them in one attribute, split at commas and trimmed: a name must survive that.
    const unfit = (value as string[]).find((item) => item.trim() !== item || item === '' || item.includes(','));
    if (unfit !== undefined) return `has a link variable the page cannot name: ${JSON.stringify(unfit)}`;
  }
  if (name === 'offerPatterns') {
    // The box lists them split at commas and trimmed, as the link variables: a pattern must survive that.
    const unfit = (value as string[]).find((item) => item.trim() !== item || item === '' || item.includes(','));
    if (unfit !== undefined) return `has a pattern the designer cannot show in its box: ${JSON.stringify(unfit)}`;
  }
  if (MARKED_AT_THEIR_BOX.has(name)) return undefined;
  const odd = [value]
    .flat()
    .filter((item): item is string => typeof item === 'string')
    .map(oddCharacter)
    .find(Boolean);
  return odd && `sets ${name} to a text holding ${odd}, which a page cannot carry as written`;
}
