/**
 * The stages that run only once the person sends: the payload with its zod checks, signing, the
 * client, the sent-once guard. They are one chunk, loaded after the form is on screen (and
 * fetched ahead while the page is idle), so that zod is not on the path to a usable form.
 */
export { buildPayload, checkPayload } from './payload.js';
export { authToken, signRequest } from './auth.js';
export { send } from './client.js';
export { sentKey, sentBefore, rememberSent } from './sent-once.js';
