/**
 * The code of the field types the first render does not draw, each fetched only by a form that
 * declares one: kinds/ (ratings, scales, one-time codes, a checkbox's link), dates/ (memorable dates) and
 * phone/ (libphonenumber-js, for a phone field with a `country`). A declaration's verdict waits
 * for them, so a form never shows or sends such a field half made. An HTML-first page writes such
 * fields as markup, with no declaration: `settleMarkup` finds them there, and a send waits for it.
 */
import { loadOnce, retryChunk } from '../core/load-once.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { flatFields, type CheckedField, type CheckedItem } from '../fields/declarations.js';
import { KIND_TYPES } from '../core/kind-types.js';
import { parseFields } from './fields-schema.js';
import { dialling } from './dialling.js';
import { drawAlso } from './kind-pieces.js';
import { drawnHook } from './keyed-fields.js';

type KindsModule = typeof import('../kinds/index.js');
type DatesModule = typeof import('../dates/index.js');
type PhoneModule = typeof import('../phone/index.js');

const loadKinds = loadOnce(() => import('../kinds/index.js'), retryChunk<KindsModule>('kinds'));
const loadDates = loadOnce(() => import('../dates/index.js'), retryChunk<DatesModule>('dates'));
const loadPhone = loadOnce(() => import('../phone/index.js'), retryChunk<PhoneModule>('phone'));

const drawnByKinds = (field: CheckedField) => (KIND_TYPES as readonly string[]).includes(field.type) || 'style' in field || 'link' in field;

/**
 * What is wrong with the phone fields' countries, one line a field: a country the phone code does
 * not know (`isKnown`) cannot read a number. The element's verdict and the HTML generator
 * (render/fields-html.ts) say it alike.
 */
export function unknownCountries(declared: readonly CheckedField[], isKnown: (country: string) => boolean): string[] {
  return declared.flatMap((field) =>
    'country' in field && field.country && !isKnown(field.country)
      ? [`field "${field.name}": country "${field.country}" is not a country whose numbers are known`]
      : [],
  );
}

/**
 * zod's verdict on `fields`, once the code its types need has come.
 * @throws WebviewError `config` for a wrong declaration (a country the phone code does not know
 * included), `network` when that code could not be loaded.
 */
export async function settleFields(fields: unknown): Promise<CheckedItem[]> {
  const items = parseFields(fields);
  const declared = flatFields(items);
  const countries = declared.some((field) => 'country' in field && field.country);
  await Promise.all([
    declared.some(drawnByKinds) && loadKinds().then((module) => module.install(drawAlso)),
    declared.some((field) => 'style' in field) && loadDates().then((module) => module.install(drawAlso)),
    countries &&
      loadPhone().then((module) => {
        dialling.phone = module;
        const problems = unknownCountries(declared, module.isKnownCountry);
        if (problems.length > 0) {
          throw new WebviewError(ErrorKind.CONFIG, `The fields declaration is wrong: ${problems.join('; ')}.`, { details: problems });
        }
      }),
  ]);
  return items;
}

/**
 * The element's verdict on `fields` (element/declared-fields.ts): the checked fields, or what is
 * wrong with them as a `config` error. Rejects only with the `network` error of code that could
 * not be loaded, which the next send asks for again.
 */
export function judgeFields(fields: unknown): Promise<CheckedItem[] | WebviewError> {
  return settleFields(fields).catch((error: unknown) => {
    if ((error as WebviewError).kind === ErrorKind.NETWORK) throw error;
    return error instanceof WebviewError ? error : new WebviewError(ErrorKind.CONFIG, String(error));
  });
}

/** The markup of each chunk's fields as fields/templates.ts and the chunks draw them: a consent is a checkbox with a link. */
const KINDS_MARKUP = "[data-type='rating'], [data-type='scale'], [data-type='otp'], .webview-form-link";
const DATES_MARKUP = 'webview-form-date';
const PHONE_MARKUP = '[data-country]';

/**
 * Loads the code the fields in `host`'s markup need, and lets it take them over: on an HTML-first
 * page they come as markup, not from a declaration. Cheap once loaded: every send asks again, since
 * the page may have written more.
 * @throws WebviewError `network` when that code could not be loaded.
 */
export async function settleMarkup(host: Element): Promise<void> {
  const has = (selector: string) => host.querySelector(selector) !== null;
  await Promise.all([
    has(KINDS_MARKUP) && loadKinds().then((module) => module.install(drawAlso, host)),
    has(DATES_MARKUP) &&
      loadDates().then((module) => {
        module.install(drawAlso, host);
        // The dates are controls only now: fill them from the link and the draft, as fields drawn late are.
        drawnHook.get(host)?.();
      }),
    has(PHONE_MARKUP) && loadPhone().then((module) => (dialling.phone = module)),
  ]);
}
