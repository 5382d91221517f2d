/**
 * Which bot the mock runs, changed while it runs: the demo chat loads a Conversation Builder
 * export (a file the designer downloaded, or any other) and the next conversation runs it.
 *
 *     GET    /mock/bot             → 200 { name, unsupported }      the bot running now
 *     POST   /mock/bot {export}    → 200 { name, unsupported }      runs the export from now on
 *     DELETE /mock/bot             → 200 { name, unsupported: [] }  back to the demo bot
 *
 * A body that is not a bot export is a 400 with the reason. The conversations of the bot
 * replaced end with it: the chat starts a new one with the bot it loaded.
 */
import { readBody } from './body.js';
import type { Handler } from './handler.js';
import { badRequest, problem, reply } from './reply.js';
import { loadBotExport } from './export/load.js';
import { parseJson } from './export/safe-json.js';
import type { BotExport } from './export/load.js';

export const BOT_PATH = '/mock/bot';

/** A bot export's file can be larger than a form's post: the designer's are a few KB, a real bot's a few hundred. */
const MAX_EXPORT_BYTES = 8 * 1024 * 1024;

export interface BotSwitch {
  /** The export running now, none for the demo bot. */
  current(): BotExport | undefined;
  /** Runs `bot` (an export), or the demo bot again. */
  use(bot: BotExport | undefined): void;
}

export function botRoute(bots: BotSwitch): Handler {
  const describe = () => reply(200, { name: bots.current()?.name ?? 'The demo bot', unsupported: bots.current()?.unsupported ?? [] });
  return async (request) => {
    if (request.method === 'GET') return describe();
    if (request.method === 'DELETE') {
      bots.use(undefined);
      return describe();
    }
    if (request.method !== 'POST')
      return problem(405, 'method_not_allowed', `Use GET, POST or DELETE, not ${request.method}.`, { Allow: 'GET, POST, DELETE, OPTIONS' });
    const body = await readBody(request, MAX_EXPORT_BYTES);
    if ('refusal' in body) return body.refusal;
    try {
      bots.use(loadBotExport(parseJson(body.text)));
    } catch (error) {
      return badRequest(error instanceof Error ? error.message : String(error));
    }
    return describe();
  };
}
