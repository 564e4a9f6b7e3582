import * as z from 'zod/mini';
import { idSchema, line, prose, timeSchema } from './common';

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

const count = z.number().check(z.int(), z.nonnegative());

/**
 * What an entry imported from LinkedIn's data archive stands for. The facts
 * are stored, not a sentence: the timeline words them in the UI language
 * ("12 messages in March 2024", « 12 messages en mars 2024 »). Message text
 * is never stored.
 */
export const ArchiveFactSchema = z.discriminatedUnion('what', [
  /** Messages exchanged in one month (`2024-03`, UTC). */
  z.object({
    what: z.literal('messages'),
    month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    sent: count,
    received: count,
  }),
  /** An invitation to connect: sent by the user (`me`) or by them. */
  z.object({ what: z.literal('invitation'), by: z.enum(['me', 'them']) }),
  z.object({ what: z.literal('recommendation'), by: z.enum(['me', 'them']) }),
  /** Skills endorsed one day. */
  z.object({
    what: z.literal('endorsement'),
    by: z.enum(['me', 'them']),
    skills: z.array(line(100)).check(z.minLength(1), z.maxLength(100)),
  }),
]);
export type ArchiveFact = z.infer<typeof ArchiveFactSchema>;

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
  /** The next step agreed, as the user typed it (quick-save); the follow-up message says it. */
  nextStep: z.optional(prose(500)),
  direction: z.optional(z.enum(['gave', 'received', 'mutual'])),
  minutes: z.optional(z.number().check(z.nonnegative(), z.lte(24 * 60))),
  eventId: z.optional(idSchema),
  /** The other contact, for introductions. */
  otherContactId: z.optional(idSchema),
  resourceId: z.optional(idSchema),
  /**
   * Set on entries derived from an import (`linkedin-archive:…`): unique, so
   * importing the same archive again finds the entry instead of adding a second.
   */
  importKey: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  /** What an imported entry means (see ArchiveFactSchema). */
  archive: z.optional(ArchiveFactSchema),
});
export type Interaction = z.infer<typeof InteractionSchema>;
