/**
 * Code loaded when it is needed, not before the form is on screen: every byte before the first
 * render counts on a phone on a slow network. A page without `fields` never loads the field
 * code; nothing loads zod before the person sends, and the submission chunk is fetched while
 * the page is idle, so sending does not wait for it.
 */
let submission: Promise<typeof import('./submission.js')> | undefined;
// The same promise every time: once loaded, awaiting it costs a microtask, not a module lookup.
export const loadSubmission = () => (submission ??= import('./submission.js'));
export type Submission = Awaited<ReturnType<typeof loadSubmission>>;

// The field code needs zod too: asking for both at once saves a round trip on a slow network.
export const loadFields = () => Promise.all([import('./field-templates.js'), import('./schemas.js')]).then(([fields]) => fields);
export type Fields = Awaited<ReturnType<typeof loadFields>>;

/** Fetches the submission chunk once the page has nothing better to do. */
export function prefetchSubmission(): Promise<Submission> {
  const whenIdle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  return new Promise<void>((resolve) => whenIdle(() => resolve())).then(loadSubmission);
}
