/**
 * The Conversation Builder side of a design, as the vendor's guide has a bot builder write it by
 * hand: the global function that puts the form's link in a bot variable, the pre-process code that
 * reads each posted variable into a bot variable of the same name, and the dialog starter that
 * matches the posted `message`. Every name and text is written as a JSON string literal, so no
 * name can break the code it is put in.
 */
import type { CheckedField } from '../fields/declarations.js';
import { botIdProblem, designFields, pageUrlProblem, postedMessage, variableNames, type Design } from './design.js';

/**
 * `text` as a JavaScript string literal. JSON's, with the line and paragraph separators escaped
 * too: JSON leaves them raw, and a JavaScript engine older than ES2019 ends a string at them.
 */
export const literal = (text: string) =>
  JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * The global function (`__initConversation`, which Conversation Builder runs when a conversation
 * starts) that sets `variable` to the form's link: `pageUrl` with the IDs in the query under the
 * names the element reads by default (`userId`, `convId`, `botId`).
 * @throws Error saying why, for an address or a bot ID that would make a link the form cannot
 * read, or code that throws (`encodeURIComponent` of half a character).
 */
export function linkFunction(pageUrl: string, botId: string, variable = 'formURL'): string {
  const problem = pageUrlProblem(pageUrl) ?? botIdProblem(botId);
  if (problem) throw new Error(problem);
  const separator = pageUrl.includes('?') ? '&' : '?';
  return `function __initConversation() {
  var userId = botContext.getUserPlatformId();
  var convId = botContext.getConversationId();
  var botId = ${literal(botId)};
  var link = ${literal(pageUrl + separator)} +
    'userId=' + encodeURIComponent(userId) +
    '&convId=' + encodeURIComponent(convId) +
    '&botId=' + encodeURIComponent(botId);
  botContext.setBotVariable(${literal(variable)}, link, true, false);
}
`;
}

/**
 * What the bot reads from a field whose answer is not sent as typed, for a comment beside its line:
 * a bot that checks or dials the value needs its form. Undefined for a field sent as typed.
 */
export function variableForm(field: CheckedField): string | undefined {
  switch (field.type) {
    case 'tel':
      return field.country ? `E.164, such as +442079460000 (a number typed without + is read as ${field.country}'s)` : undefined;
    case 'date':
      return field.style === 'memorable' ? 'YYYY-MM-DD, from the day, month and year boxes' : undefined;
    case 'rating':
      return `"1" to "${field.max ?? 5}", the stars given`;
    case 'scale':
      return `"${field.min ?? 0}" to "${field.max ?? 10}"`;
    case 'otp':
      return `the ${field.length ?? 6} digits, as text (it may start with 0)`;
    default:
      return undefined;
  }
}

/** The pre-process code of the interaction that follows the post: one bot variable per posted variable. */
export function preProcessCode(design: Design): string {
  const fields = new Map(designFields(design).map((field) => [field.name, field]));
  const lines = variableNames(design).map((name) => {
    const field = fields.get(name);
    // A line break would end the comment, and the rest would run as code: a design not made in the designer may hold one.
    const form = field && variableForm(field)?.replace(/[\p{Cc}\u2028\u2029]/gu, ' ');
    return `botContext.setBotVariable(${literal(name)}, botContext.getWebViewVariable(${literal(name)}), true, false);${form ? ` // ${form}` : ''}`;
  });
  return `// What the form posted, each in a bot variable of its name (null when it was not posted).\n${lines.join('\n')}\n`;
}

/**
 * The dialog starter's pattern: the posted `message` itself, as the page, the preview and the curl
 * line post it (a message with white space at an end is posted by none). Undefined when the design
 * posts none.
 */
export function dialogStarter(design: Design): string | undefined {
  return postedMessage(design) || undefined;
}
