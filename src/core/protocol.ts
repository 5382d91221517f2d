/**
 * The wire contract of LivePerson Conversation Builder's Web View Integration API: regions, the
 * path, limits and the rule for IDs. The zod schemas of the body are in schemas.ts, which
 * imports from here and never the other way: rendering the form needs no schema library.
 */

/** Hosts of the API by region, as the vendor lists them. */
export const REGIONS = {
  /** LivePerson Cloud US */
  us: 'va.bc-intg.liveperson.net',
  /** LivePerson Cloud UK */
  uk: 'lo.bc-intg.liveperson.net',
  /** LivePerson Cloud SY */
  sy: 'sy.bc-intg.liveperson.net',
  /** Google Cloud Platform PROD */
  gcp: 'cbsrvc-us-p.liveperson.net',
} as const;

export type Region = keyof typeof REGIONS;

export const WEBVIEW_PATH = '/thirdparty-services-0.1/webview';

/**
 * The largest request body the kit sends, in bytes of JSON. The vendor documents no limit; real
 * posts are a few hundred bytes, and the mock backend refuses anything larger with 413.
 */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/** IDs longer than this are refused: real ones are 36–40 characters, so a longer one is a broken link. */
export const MAX_ID_LENGTH = 256;

// C0 and C1 control characters (including DEL): never part of an ID, often a sign of a mangled link.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** What is wrong with an ID, or undefined: not blank, at most MAX_ID_LENGTH, no control characters. */
export function idProblem(id: string): string | undefined {
  if (id.trim().length === 0) return 'must not be empty';
  if (id.length > MAX_ID_LENGTH) return `must be at most ${MAX_ID_LENGTH} characters`;
  if (CONTROL_CHARACTERS.test(id)) return 'must not contain control characters';
  return undefined;
}
