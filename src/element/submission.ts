/**
 * The stages that run only once the person sends: reading the values, the payload with its zod
 * checks, the card-number refusal, signing, the client and its task, the sent-once guard. They
 * are one chunk, loaded after the form is on screen (and fetched ahead while the page is idle),
 * so that zod is not on the path to a usable form.
 */
export { readValues } from '../dom/values.js';
export { buildPayload, checkPayload } from '../core/payload.js';
export { authToken, signRequest } from '../core/sign.js';
export { send } from '../core/client.js';
export { createSendTask } from './send-task.js';
export { sentKey, sentBefore, rememberSent } from '../core/sent-once.js';
export { refuseCardNumbers } from '../dom/card-refusal.js';
