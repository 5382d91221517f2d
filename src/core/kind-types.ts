/**
 * The field types the first render does not draw: their drawing and checks come with a chunk of
 * their own (kinds/), fetched only by a form that declares one.
 *
 * A module of its own, in core/ (plain data, which every folder may import), not in
 * fields/declarations.ts: only the delivery's check (zod's schema accepts them) and the designer
 * read these names, so the drop-in carries them in the delivery chunk rather than in the first
 * render, which the declarations are part of (they name them as types only).
 */
export const KIND_TYPES = ['rating', 'scale', 'otp'] as const;
