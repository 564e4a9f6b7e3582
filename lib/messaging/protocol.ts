import * as z from 'zod/mini';

/**
 * Guild's one message protocol. Every message between its own contexts is one
 * of these shapes; anything else is rejected on arrival.
 */
export const MessageSchema = z.discriminatedUnion('type', [
  /** A contact changed: recompute the badge of this tab. */
  z.object({ type: z.literal('badge:refresh'), tabId: z.number().check(z.int()) }),
  /** The routine's days, hour, boundaries or time zone changed: recompute the next nudge now. */
  z.object({ type: z.literal('routine:reschedule') }),
  /** Records changed (sync is on): sync soon, once the edits settle. */
  z.object({ type: z.literal('sync:soon') }),
  /** "Sync now", or sync was just turned on, off, paused or resumed: run (or stop) now. */
  z.object({ type: z.literal('sync:now') }),
]);
export type Message = z.infer<typeof MessageSchema>;

/** What the background answers to each message type. */
export interface ResponseMap {
  'badge:refresh': { ok: true };
  'routine:reschedule': { ok: true };
  'sync:soon': { ok: true };
  'sync:now': { ok: boolean };
}

export type ResponseOf<M extends Message> = ResponseMap[M['type']];
