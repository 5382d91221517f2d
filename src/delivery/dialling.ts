/**
 * The phone code (phone/, libphonenumber-js), once a form declared a phone field with a `country`
 * (delivery/kinds.ts loads it). A module of its own, without zod: reading the answers needs it,
 * and the bundler entry's `readValues` must not bring zod with it.
 */
type PhoneModule = typeof import('../phone/index.js');

export const dialling: { phone?: PhoneModule } = {};
