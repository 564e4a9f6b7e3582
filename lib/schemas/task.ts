import * as z from 'zod/mini';
import { idSchema, prose, timeSchema } from './common';

/** Follow-ups and reminders. */
export const TaskSchema = z.object({
  id: z.optional(idSchema),
  kind: z.enum(['follow-up', 'connect', 'send-promised', 'keep-in-touch', 'reminder']),
  contactId: z.optional(idSchema),
  title: z.optional(prose(500)),
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
