import * as z from 'zod/mini';
import { idSchema, prose, timeSchema } from './common';

export const InteractionKindSchema = z.enum([
  'conversation',
  'message',
  'call',
  'met-at-event',
  'gave',
  'received',
  'congratulated',
  'introduced',
  'reviewed',
  'recommended',
  /** A success they had (used by Wednesday's routine and give-first). */
  'success',
  /** A challenge they are facing. */
  'challenge',
]);
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

/**
 * Kinds that are the user giving something to the person. How a recorded
 * `direction` weighs against the kind is each reader's call: see
 * `flowOf` (lib/stats/balance.ts) and `isGiving` (lib/give-first/history.ts).
 */
export const GIVING_KINDS: ReadonlySet<InteractionKind> = new Set([
  'gave',
  'introduced',
  'reviewed',
  'recommended',
  'congratulated',
]);

/** Something that happened between the user and a contact. */
export const InteractionSchema = z.object({
  id: z.optional(idSchema),
  contactId: idSchema,
  kind: InteractionKindSchema,
  date: timeSchema,
  channel: z.optional(z.enum(['linkedin', 'x', 'email', 'in-person', 'video', 'phone', 'chat', 'other'])),
  topic: z.optional(prose(500)),
  notes: z.optional(prose(5000)),
  /** What the user promised (a resource, an introduction, a review…). */
  promised: z.optional(prose(500)),
  direction: z.optional(z.enum(['gave', 'received', 'mutual'])),
  minutes: z.optional(z.number().check(z.nonnegative(), z.lte(24 * 60))),
  eventId: z.optional(idSchema),
  /** The other contact, for introductions. */
  otherContactId: z.optional(idSchema),
  resourceId: z.optional(idSchema),
});
export type Interaction = z.infer<typeof InteractionSchema>;
