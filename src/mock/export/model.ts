/**
 * The part of a Conversation Builder export the mock runs, as read-export.ts reads it: dialogs,
 * their interactions, and what leads from one interaction to the next.
 */
import type { Matcher } from './patterns.js';

/**
 * Where a rule or an interaction leads: its `nextMessageId`, another interaction, another dialog's
 * start, or nowhere (`close_dialog`: the dialog ends, whatever `nextMessageId` says).
 */
export type Target = { kind: 'next' } | { kind: 'interaction'; id: string } | { kind: 'dialog'; id: string } | { kind: 'end' };

/** A rule of `responseMatches`: when it applies to the consumer's answer, where it leads, what it stores. */
export interface Rule {
  readonly when:
    | { kind: 'any' }
    | { kind: 'patterns'; matchers: readonly Matcher[] }
    | { kind: 'option'; value: string }
    | { kind: 'noMatch'; fallback?: string };
  readonly to: Target;
  /** `contextDataVariables`: bot variables set from templates, such as `{$userMessage}`. */
  readonly set: ReadonlyArray<{ name: string; value: string }>;
}

export interface Interaction {
  readonly id: string;
  readonly name: string;
  readonly dialogId: string;
  readonly type: string;
  /** False for a type outside the subset: the walk skips it and says so in the debug output. */
  readonly supported: boolean;
  /** Waits for the consumer's answer (a question) rather than going on. */
  readonly question: boolean;
  readonly text?: string;
  readonly buttons: ReadonlyArray<{ title: string; url: string }>;
  readonly replies: readonly string[];
  readonly preProcess?: string;
  readonly postProcess?: string;
  readonly processResponse?: string;
  readonly next?: string;
  readonly rules: readonly Rule[];
  /** A dialog starter's patterns. */
  readonly patterns: readonly Matcher[];
}

export interface DialogModel {
  readonly id: string;
  readonly name: string;
  /** The dialog's first interaction, where a DIALOG action or the fallback starts. */
  readonly first?: string;
}

export interface BotModel {
  readonly name: string;
  readonly interactions: ReadonlyMap<string, Interaction>;
  /** Interaction names to IDs, for `setTriggerNextMessage(name)`. */
  readonly byName: ReadonlyMap<string, string>;
  readonly dialogs: ReadonlyMap<string, DialogModel>;
  /** The dialog starters, in the file's order. */
  readonly starters: readonly Interaction[];
  readonly fallback?: DialogModel;
  readonly globals: string;
}
