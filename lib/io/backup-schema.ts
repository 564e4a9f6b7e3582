import * as z from 'zod/mini';
import { ContactSchema } from '../schemas/contact';
import { InteractionSchema } from '../schemas/interaction';
import { TaskSchema } from '../schemas/task';
import {
  CommunitySchema,
  EventSchema,
  OpportunitySchema,
  ResourceSchema,
  RoutineSessionSchema,
  SnippetSchema,
} from '../schemas/library';
import { SettingsSchema } from '../schemas/settings';
import { CopyLogSchema, NotificationLogSchema, SuggestionStateSchema } from '../schemas/feedback';
import { idSchema, timeSchema } from '../schemas/common';
import { PendingInvitationSchema } from '../schemas/invitation';

/** Backed-up records keep their ids, so references between tables survive a restore. */
const withId = <S extends z.ZodMiniObject>(schema: S) => z.array(z.extend(schema, { id: idSchema }));

/** Every table, as the file stores it (a missing table is an empty one). */
export const BackupTablesSchema = z.object({
  contacts: z._default(withId(ContactSchema), []),
  interactions: z._default(withId(InteractionSchema), []),
  tasks: z._default(withId(TaskSchema), []),
  resources: z._default(withId(ResourceSchema), []),
  events: z._default(withId(EventSchema), []),
  opportunities: z._default(withId(OpportunitySchema), []),
  communities: z._default(withId(CommunitySchema), []),
  routineSessions: z._default(withId(RoutineSessionSchema), []),
  snippets: z._default(withId(SnippetSchema), []),
  settings: z._default(z.array(SettingsSchema).check(z.maxLength(1)), []),
  suggestionStates: z._default(withId(SuggestionStateSchema), []),
  copyLogs: z._default(withId(CopyLogSchema), []),
  notificationLogs: z._default(withId(NotificationLogSchema), []),
  invitations: z._default(withId(PendingInvitationSchema), []),
});
export type BackupTables = z.infer<typeof BackupTablesSchema>;

/** Version of the file format (not of the database): bump when the envelope changes. */
export const BACKUP_FORMAT_VERSION = 1;

/** A Guild backup file: a versioned JSON of every table. */
export const BackupSchema = z.object({
  format: z.literal('guild-backup'),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  /** The database version the records are shaped for. */
  databaseVersion: z.number().check(z.int(), z.positive()),
  exportedAt: timeSchema,
  tables: BackupTablesSchema,
});
export type Backup = z.infer<typeof BackupSchema>;
