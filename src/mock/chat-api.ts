/**
 * A small chat API over the simulated bot, for the demo's messaging page and for tests: start a
 * conversation, say something, read it back, or follow it live with server-sent events.
 *
 *     POST /mock/conversations                    → 201 { conversationId, userId, botId, … }
 *     GET  /mock/conversations/:id                → 200 snapshot
 *     POST /mock/conversations/:id/messages {text} → 200 snapshot, after the bot answered
 *     GET  /mock/conversations/:id/events         → text/event-stream of snapshots
 *
 * Bodies are read as on the Web View API (the same limit, UTF-8 only); CORS is added around it
 * by whoever mounts it (see backend.ts).
 */
import type { Conversation, SimulatedBot, TranscriptEntry } from './bot.js';
import { readBody } from './body.js';
import { eventStreams } from './event-stream.js';
import type { Handler } from './handler.js';
import { badRequest, problem, reply } from './reply.js';

export const CHAT_PREFIX = '/mock/conversations';

/** A conversation as the demo shows it: the transcript and the variables as the bot sees them. */
export interface ConversationSnapshot {
  conversationId: string;
  userId: string;
  botId: string;
  transcript: TranscriptEntry[];
  webviewVariables: Record<string, string>;
  botVariables: Record<string, unknown>;
}

export function snapshot(conversation: Conversation): ConversationSnapshot {
  return {
    conversationId: conversation.conversationId,
    userId: conversation.userId,
    botId: conversation.botId,
    transcript: [...conversation.transcript],
    webviewVariables: Object.fromEntries(conversation.webviewVariables),
    botVariables: Object.fromEntries(conversation.botVariables),
  };
}

// The methods of each route, for 405's Allow.
const ROUTES: Record<string, string> = { '': 'POST', ':id': 'GET', ':id/messages': 'POST', ':id/events': 'GET' };

/** Returns the chat API's handler, for paths that start with `CHAT_PREFIX`. */
export function chatRoute(bot: SimulatedBot, maxBodyBytes: number): Handler {
  const stream = eventStreams();
  return async (request) => {
    let segments: string[];
    try {
      segments = new URL(request.url).pathname.slice(CHAT_PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return badRequest('The path is not valid percent-encoding.');
    }
    const [id, action, ...extra] = segments;
    const route = extra.length > 0 ? undefined : `${id === undefined ? '' : ':id'}${action ? `/${action}` : ''}`;
    const allow = route === undefined ? undefined : ROUTES[route];
    if (!allow) return problem(404, 'not_found', `There is nothing at ${new URL(request.url).pathname}.`);
    if (request.method !== allow)
      return problem(405, 'method_not_allowed', `Use ${allow}, not ${request.method}.`, { Allow: `${allow}, OPTIONS` });

    if (route === '') return reply(201, snapshot(bot.startConversation()));
    const conversation = bot.conversation(id);
    if (!conversation) return problem(404, 'not_found', `There is no conversation ${id}.`);

    if (route === ':id/events') {
      return stream({
        current: () => {
          const now = bot.conversation(id);
          return now && snapshot(now);
        },
        subscribe: (changed) => bot.subscribe((changedId) => changedId === id && changed()),
      });
    }
    if (route === ':id/messages') {
      const type = request.headers.get('Content-Type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        return problem(415, 'unsupported_media_type', `Send Content-Type: application/json, not "${type || 'nothing'}".`);
      }
      const body = await readBody(request, maxBodyBytes);
      if ('refusal' in body) return body.refusal;
      let text: unknown;
      try {
        text = (JSON.parse(body.text) as { text?: unknown } | null)?.text;
      } catch {
        return badRequest('The body is not valid JSON.');
      }
      if (typeof text !== 'string' || text.trim() === '') return badRequest('text: must be a non-empty string');
      await bot.consumerSays(conversation.conversationId, text);
      return reply(200, snapshot(conversation));
    }
    return reply(200, snapshot(conversation));
  };
}
