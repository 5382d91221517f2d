/** Where the element is in its life: reflected as the `state` attribute for CSS and tests. */
export const WebviewState = {
  IDLE: 'idle',
  INVALID: 'invalid',
  SUBMITTING: 'submitting',
  SUCCESS: 'success',
  ERROR: 'error',
} as const;
export type WebviewState = (typeof WebviewState)[keyof typeof WebviewState];
