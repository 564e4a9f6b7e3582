import * as z from 'zod/mini';
import { idSchema, line, prose, timeSchema } from './common';

/**
 * What a quick-save's task is about. The meaning is stored, not a sentence:
 * its title is written in the UI language when shown (lib/quick-save/texts.ts),
 * "Send Ada your follow-up message" or « Envoyer votre message de relance à Ada ».
 */
export const TaskAboutSchema = z.discriminatedUnion('what', [
  /** Connect with them on LinkedIn. */
  z.object({ what: z.literal('connect'), name: line(200) }),
  /** Send them what was promised. */
  z.object({ what: z.literal('send-promised'), name: line(200), promised: line(500) }),
  /** Send the follow-up message. */
  z.object({ what: z.literal('follow-up'), name: line(200) }),
  /** The next step the user typed. */
  z.object({ what: z.literal('next-step'), name: line(200), step: line(500) }),
]);
export type TaskAbout = z.infer<typeof TaskAboutSchema>;

/** Follow-ups and reminders. */
export const TaskSchema = z.object({
  id: z.optional(idSchema),
  kind: z.enum(['follow-up', 'connect', 'send-promised', 'keep-in-touch', 'reminder']),
  contactId: z.optional(idSchema),
  /** A title the user typed, or one stored as a sentence before `about` existed (database v8). */
  title: z.optional(prose(500)),
  /** What the task is about, when Guild wrote it: its title is rendered from this. */
  about: z.optional(TaskAboutSchema),
  due: timeSchema,
  /** 'open' | 'done' (a string, because IndexedDB cannot index booleans). */
  status: z.enum(['open', 'done']),
  doneAt: z.optional(timeSchema),
  snoozedUntil: z.optional(timeSchema),
  origin: z.enum(['quick-save', 'event', 'routine', 'manual', 'import']),
  interactionId: z.optional(idSchema),
  eventId: z.optional(idSchema),
  createdAt: timeSchema,
});
export type Task = z.infer<typeof TaskSchema>;
