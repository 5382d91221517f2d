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
 * The largest request body the kit sends, in bytes of JSON. The vendor documents no limit; the
 * mock backend refuses anything larger with 413.
 */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

// In a module of its own: the first render checks the link's IDs and needs none of the above.
export { MAX_ID_LENGTH, idProblem } from './id-format.js';
