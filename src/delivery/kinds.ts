/**
 * The code of the field types the first render does not draw, each fetched only by a form that
 * declares one: kinds/ (ratings, scales, one-time codes, a checkbox's link), dates/ (memorable dates) and
 * phone/ (libphonenumber-js, for a phone field with a `country`). A declaration's verdict waits
 * for them, so a form never shows or sends such a field half made.
 */
import { loadOnce, retryChunk } from '../core/load-once.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { KIND_TYPES, flatFields, type CheckedField, type CheckedItem } from '../fields/declarations.js';
import { parseFields } from './fields-schema.js';
import { dialling } from './dialling.js';
import { drawAlso } from './kind-pieces.js';

type KindsModule = typeof import('../kinds/index.js');
type DatesModule = typeof import('../dates/index.js');
type PhoneModule = typeof import('../phone/index.js');

const loadKinds = loadOnce(() => import('../kinds/index.js'), retryChunk<KindsModule>('kinds'));
const loadDates = loadOnce(() => import('../dates/index.js'), retryChunk<DatesModule>('dates'));
const loadPhone = loadOnce(() => import('../phone/index.js'), retryChunk<PhoneModule>('phone'));

const drawnByKinds = (field: CheckedField) => (KIND_TYPES as readonly string[]).includes(field.type) || 'style' in field || 'link' in field;

/**
 * zod's verdict on `fields`, once the code its types need has come.
 * @throws WebviewError `config` for a wrong declaration (a country the phone code does not know
 * included), `network` when that code could not be loaded.
 */
export async function settleFields(fields: unknown): Promise<CheckedItem[]> {
  const items = parseFields(fields);
  const declared = flatFields(items);
  const countries = declared.flatMap((field) => ('country' in field && field.country ? [[field.name, field.country]] : []));
  await Promise.all([
    declared.some(drawnByKinds) && loadKinds().then((module) => module.install(drawAlso)),
    declared.some((field) => 'style' in field) && loadDates().then((module) => module.install(drawAlso)),
    countries.length > 0 &&
      loadPhone().then((module) => {
        dialling.phone = module;
        const unknown = countries.filter(([, country]) => !module.isKnownCountry(country!));
        if (unknown.length > 0) {
          const problems = unknown.map(
            ([name, country]) => `field "${name}": country "${country}" is not a country whose numbers are known`,
          );
          throw new WebviewError(ErrorKind.CONFIG, `The fields declaration is wrong: ${problems.join('; ')}.`, { details: problems });
        }
      }),
  ]);
  return items;
}
