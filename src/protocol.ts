/**
 * The wire contract of LivePerson Conversation Builder's Web View Integration API, in one place:
 * regions, the path, and the zod schemas of the request body. The client validates what it sends
 * with these schemas and the mock backend validates what it receives with the same ones, so the
 * two cannot drift apart.
 */
import * as z from 'zod/mini';

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

/** A conversation, bot or user ID: non-empty, not just spaces, bounded, no control characters. */
export const Id = z.string().check(
  z.refine((id) => id.trim().length > 0, 'must not be empty'),
  z.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
  z.refine((id) => !CONTROL_CHARACTERS.test(id), 'must not contain control characters'),
);

/** One context variable. The bot reads it with `botContext.getWebViewVariable(name)`. */
export const ContextVariable = z.strictObject({
  name: z.string().check(z.refine((name) => name.trim().length > 0, 'must not be empty')),
  value: z.string(),
});
export type ContextVariable = z.infer<typeof ContextVariable>;

/** The three IDs that address a conversation and sign the request. */
export const ConversationIds = z.strictObject({
  botId: Id,
  conversationId: Id,
  userId: Id,
});
export type ConversationIds = z.infer<typeof ConversationIds>;

/** The JSON body of `POST /thirdparty-services-0.1/webview`. */
export const Payload = z.strictObject({
  botId: Id,
  conversationId: Id,
  userId: Id,
  /** Posted to the chat; triggers a dialog starter when it matches one. Absent when unset. */
  message: z.optional(z.string().check(z.minLength(1, 'must not be empty when present'))),
  contextVariables: z.optional(
    z.array(ContextVariable).check(
      z.refine((list) => new Set(list.map((v) => v.name)).size === list.length, 'names must be unique'),
    ),
  ),
});
export type Payload = z.infer<typeof Payload>;

/**
 * Describes each zod issue as `path: problem`. zod/mini ships no locale (that keeps it small), so
 * issues without a message of ours are worded here from their code.
 */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const problem = issue.message && issue.message !== 'Invalid input' ? issue.message : describeCode(issue);
    return path ? `${path}: ${problem}` : problem;
  });
}

function describeCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be a ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${issue.minimum} entries` : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `must have at most ${issue.maximum} entries` : `must be at most ${issue.maximum}`;
    default:
      return 'is not valid';
  }
}
