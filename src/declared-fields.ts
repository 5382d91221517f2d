/**
 * The life of a `fields` declaration inside the element: its code is loaded only when there is
 * one, it is checked with zod, its controls are rendered into the light DOM, and `ready` settles
 * once all that happened, so that a submit never runs before the controls exist.
 *
 *     fields ─► (load field code + zod) ─► FieldDeclaration[] | WebviewError `config` ─► controls
 */
import type { ReactiveControllerHost } from 'lit';
import { ErrorKind, WebviewError } from './errors.js';
import { loadFields, type Fields } from './lazy.js';
import type { FieldDeclaration } from './fields.js';
import type { WebviewMessages } from './messages.js';

export class DeclaredFields {
  /** The checked declaration: its fields, the `config` error, or undefined while the code loads. */
  checked?: FieldDeclaration[] | WebviewError = [];
  /** Settles when the latest declaration has been checked. */
  ready: Promise<void> = Promise.resolve();
  private module?: Fields;
  private source: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Prefix of the generated controls' ids: unique per element. */
    private readonly idPrefix: string,
  ) {}

  /** Checks `fields` if it is not the declaration already checked; the host updates when done. */
  declare(fields: unknown): void {
    if (fields === this.source && this.checked !== undefined) return;
    this.source = fields;
    this.ready = this.check(fields);
  }

  /** Renders the controls of a valid declaration, or removes those of an earlier one. */
  render(messages: WebviewMessages): void {
    if (Array.isArray(this.checked)) this.module?.renderFields(this.host, this.checked, this.idPrefix, messages);
  }

  /** The declaration's error, if it has one. */
  get error(): WebviewError | undefined {
    return this.checked instanceof WebviewError ? this.checked : undefined;
  }

  private async check(fields: unknown): Promise<void> {
    // Without a declaration there is nothing to load, unless earlier fields must be removed.
    if (fields == null && !this.module) {
      this.checked = [];
      return;
    }
    this.checked = undefined;
    const module = (this.module ??= await loadFields());
    // A newer declaration arrived while the code loaded: its own check settles it.
    if (fields !== this.source) return;
    try {
      this.checked = module.parseFields(fields);
    } catch (error) {
      this.checked = error instanceof WebviewError ? error : new WebviewError(ErrorKind.CONFIG, String(error));
    }
    this.host.requestUpdate();
  }
}
