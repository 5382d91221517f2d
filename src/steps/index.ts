/**
 * The steps chunk: multi-step forms and conditions. The element loads it (element/loader.ts) only
 * when its content has `data-step` or `data-when` markup, drawn from a declaration or written by
 * the author; a flat form never fetches it. Like the delivery chunk, it imports nothing but the
 * entry file, so asking for it again after a failure is enough to recover.
 */
export { StepFlow, REVIEW, type Lent } from './flow.js';
export { stepStyles } from './styles.js';
