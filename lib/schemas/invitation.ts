import * as z from 'zod/mini';
import { ProfileRefSchema } from '../profiles/site';
import { idSchema, line, timeSchema } from './common';

/**
 * An invitation to connect still open, from LinkedIn's archive: one the user
 * sent that the person has not accepted (`sent`), or one waiting for the
 * user's answer (`received`). A list to act on, not contacts: the person is
 * not (yet) a connection.
 */
export const PendingInvitationSchema = z.object({
  id: z.optional(idSchema),
  /** `sent:linkedin:<slug>` (or `sent:name:<name>` without a URL): one entry per person and way. */
  key: z.string().check(z.minLength(1), z.maxLength(300)),
  direction: z.enum(['sent', 'received']),
  name: line(200),
  profile: z.optional(ProfileRefSchema),
  sentAt: timeSchema,
  /** The user dealt with it (a later import leaves it dealt with). */
  doneAt: z.optional(timeSchema),
});
export type PendingInvitation = z.infer<typeof PendingInvitationSchema>;
