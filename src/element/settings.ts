/**
 * The element's settings as written, and the link's IDs, which the first render needs: a link
 * without them shows why at once. Every other setting is checked with the delivery's code, by a
 * `Task` of its session (delivery/session.ts), when it comes and at each change of a setting.
 */
import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';

import { resolveIds, type IdName, type IdSources } from '../core/ids.js';
import type { OptionSources } from '../core/options.js';
import type { ConversationIds } from '../core/schemas.js';
import { WebviewError } from '../core/errors.js';
import type { PublicProperties } from './public-interface.js';

/** The properties core/options.ts resolves and checks together. */
type OptionProperty = (keyof OptionSources | IdName) & keyof PublicProperties;
// Written as an object so that the compiler checks the list is complete.
const OPTION_PROPERTIES = Object.keys({
  botId: 0,
  conversationId: 0,
  userId: 0,
  params: 0,
  endpoint: 0,
  domain: 0,
  region: 0,
  timeout: 0,
  variables: 0,
  messages: 0,
  returnUrl: 0,
} satisfies Record<OptionProperty, 0>) as OptionProperty[];

type Host = ReactiveElement & PublicProperties;

export class Settings implements ReactiveController {
  /** The settings the IDs were last read from, and what was read. */
  #read?: { values: unknown[]; context: ConversationIds | WebviewError };
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Before each update: the settings may have changed, and with them the IDs. */
  hostUpdate() {
    const values = this.values();
    const read = this.#read;
    if (!read || values.some((value, index) => value !== read.values[index])) this.#read = { values, context: this.#readContext() };
  }

  /** The link's IDs, or what is wrong with them, as read at the last update. */
  get context(): ConversationIds | WebviewError {
    if (!this.#read) this.hostUpdate();
    return this.#read!.context;
  }

  /** The link's IDs; undefined while the link is broken. */
  get ids(): ConversationIds | undefined {
    const { context } = this;
    return context instanceof WebviewError ? undefined : context;
  }

  /** The settings as written, for `resolveOptions`. */
  sources(): OptionSources {
    const host = this.#host;
    const settings = Object.fromEntries(OPTION_PROPERTIES.map((name) => [name, host[name]]));
    // The IDs given as attributes are among the settings (resolveIds reads those three only).
    return { ...settings, attributes: settings, url: location.href, base: document.baseURI };
  }

  /** The settings' values, in a fixed order: what changed is told by comparing two of these. */
  values(): unknown[] {
    return OPTION_PROPERTIES.map((name) => this.#host[name]);
  }

  #readContext(): ConversationIds | WebviewError {
    try {
      return resolveIds(this.sources() as IdSources);
    } catch (error) {
      if (error instanceof WebviewError) return error;
      throw error;
    }
  }
}
