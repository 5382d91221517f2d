/**
 * The steps chunk: multi-step forms and conditions, loaded only when the content has `data-step`
 * or `data-when` markup. It imports nothing but the entry file, so asking for it again after a
 * failure is enough to recover.
 */
export { StepFlow, REVIEW, type Lent } from './flow.js';
export { stepStyles } from './styles.js';
