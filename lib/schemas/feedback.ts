import * as z from 'zod/mini';
import { idSchema, prose, timeSchema } from './common';

/** What the user did with a give-first suggestion, so it does not come back for a while. */
export const SuggestionStateSchema = z.object({
  id: z.optional(idSchema),
  contactId: idSchema,
  /** Stable identity of the suggestion, e.g. `share:resource:12`. */
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  state: z.enum(['done', 'dismissed', 'snoozed']),
  at: timeSchema,
  /** It may come back after this time. */
  until: timeSchema,
});
export type SuggestionState = z.infer<typeof SuggestionStateSchema>;

/** A copied message, to warn before copy-paste spam (same text to many people in a week). */
export const CopyLogSchema = z.object({
  id: z.optional(idSchema),
  /** Hash of the text with the person's own details blanked out. */
  templateHash: prose(100),
  contactId: z.optional(idSchema),
  at: timeSchema,
});
export type CopyLog = z.infer<typeof CopyLogSchema>;

/** A notification Guild showed (to respect the daily cap and never pile up). */
export const NotificationLogSchema = z.object({
  id: z.optional(idSchema),
  kind: z.enum(['routine', 'follow-up', 'keep-in-touch']),
  at: timeSchema,
  /** e.g. the routine day's date, so the same nudge is never shown twice. */
  dedupeKey: prose(200),
});
export type NotificationLog = z.infer<typeof NotificationLogSchema>;
