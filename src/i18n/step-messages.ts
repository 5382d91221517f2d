/**
 * The texts of multi-step forms and conditions. They load with the steps code (steps/), so a flat
 * form does not carry them; the `messages` property overrides them like any other text.
 */
export interface StepMessages {
  /** Above a step's title. `{index}`, `{count}` */
  progress: string;
  /** Goes to the previous step. */
  back: string;
  /** Checks the step, then goes to the next one. */
  next: string;
  /** The title of the last step that `review` adds. */
  reviewTitle: string;
  /** On the review page, returns to the step of an answer; followed by its label for screen readers. */
  change: string;
  /** On the review page, a checked checkbox. */
  yes: string;
  /** On the review page, an unchecked checkbox. */
  no: string;
  /** On the review page, an optional field left empty. */
  notAnswered: string;
  /** On the review page, read in place of a secret (a password, card data, a one-time code), which shows as dots. */
  masked: string;
}

export const STEP_MESSAGES: StepMessages = {
  progress: 'Step {index} of {count}',
  back: 'Back',
  next: 'Next',
  reviewTitle: 'Check your answers',
  change: 'Change',
  yes: 'Yes',
  no: 'No',
  notAnswered: 'Not answered',
  masked: 'Hidden',
};
