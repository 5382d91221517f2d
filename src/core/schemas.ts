/**
 * The zod schemas of the request body. The element checks what it sends with them and the mock
 * backend what it receives, so the two cannot drift apart. Loaded with the submission code, as
 * rendering needs none of it.
 */
import * as z from 'zod/mini';
import { idProblem } from './id-format.js';

/** A conversation, bot or user ID: the rule of `idProblem`, as a schema. */
export const Id = z.string().check(
  z.superRefine((id, context) => {
    const problem = idProblem(id);
    if (problem) context.addIssue({ code: 'custom', message: problem, input: id });
  }),
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
    z.array(ContextVariable).check(z.refine((list) => new Set(list.map((v) => v.name)).size === list.length, 'names must be unique')),
  ),
});
export type Payload = z.infer<typeof Payload>;

/**
 * A checked payload, as the `webview-submit` and `webview-success` events carry it:
 * `contextVariables` is always there, `[]` when there are none, so a listener can add to it
 * without a check.
 */
export type SentPayload = Payload & { contextVariables: ContextVariable[] };

/**
 * Describes each zod issue as `path: problem`. zod/mini ships no locale, so issues without a
 * message of ours are worded here from their code.
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
