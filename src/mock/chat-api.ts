/**
 * A small chat API over the simulated bot, for the demo's messaging page and for tests: start a
 * conversation, say something, read it back, or follow it live with server-sent events.
 *
 *     POST /mock/conversations                    → 201 { conversationId, userId, botId, … }
 *     GET  /mock/conversations/:id                → 200 snapshot
 *     POST /mock/conversations/:id/messages {text} → 200 snapshot, after the bot answered
 *     GET  /mock/conversations/:id/events         → text/event-stream of snapshots
 */
import type { Conversation, SimulatedBot, TranscriptEntry } from './bot.js';

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

/** Returns the chat API's answer to `request`, whose path starts with `CHAT_PREFIX`. */
export async function handleChat(request: Request, bot: SimulatedBot, cors: Record<string, string>): Promise<Response> {
  const reply = (status: number, body: unknown) => Response.json(body, { status, headers: { ...cors, 'Cache-Control': 'no-store' } });
  const [id, action, extra] = new URL(request.url).pathname.slice(CHAT_PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
  const route = `${request.method} ${id === undefined ? '' : ':id'}${action ? `/${action}` : ''}${extra ? '/…' : ''}`;

  if (route === 'POST ') return reply(201, snapshot(bot.startConversation()));
  const conversation = id === undefined ? undefined : bot.conversation(id);
  if (!conversation) return reply(404, { error: 'not_found', message: `There is no conversation ${id ?? ''}.`.replace(' .', '.') });

  switch (route) {
    case 'GET :id':
      return reply(200, snapshot(conversation));
    case 'POST :id/messages': {
      const body = (await request.json().catch(() => undefined)) as { text?: unknown } | undefined;
      if (typeof body?.text !== 'string' || body.text.trim() === '') {
        return reply(400, { error: 'bad_request', errors: ['text: must be a non-empty string'] });
      }
      await bot.consumerSays(conversation.conversationId, body.text);
      return reply(200, snapshot(conversation));
    }
    case 'GET :id/events':
      return events(conversation, bot, cors);
    default:
      return reply(405, { error: 'method_not_allowed', message: `${request.method} is not supported here.` });
  }
}

// A comment line now and then keeps proxies and browsers from closing an idle stream.
const KEEP_ALIVE_MS = 15_000;

function events(conversation: Conversation, bot: SimulatedBot, cors: Record<string, string>): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = () => controller.enqueue(encoder.encode(`event: update\ndata: ${JSON.stringify(snapshot(conversation))}\n\n`));
      send();
      const unsubscribe = bot.subscribe((changed) => changed === conversation.conversationId && send());
      const timer = setInterval(() => controller.enqueue(encoder.encode(': keep-alive\n\n')), KEEP_ALIVE_MS);
      stop = () => {
        unsubscribe();
        clearInterval(timer);
      };
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: { ...cors, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' },
  });
}
