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
const withId = <S extends z.ZodMiniObject>(schema: S) => z.extend(schema, { id: idSchema });

/** One record of each table, as the file stores it (checked one by one, in slices). */
export const BACKUP_RECORD_SCHEMAS = {
  contacts: withId(ContactSchema),
  interactions: withId(InteractionSchema),
  tasks: withId(TaskSchema),
  resources: withId(ResourceSchema),
  events: withId(EventSchema),
  opportunities: withId(OpportunitySchema),
  communities: withId(CommunitySchema),
  routineSessions: withId(RoutineSessionSchema),
  snippets: withId(SnippetSchema),
  settings: SettingsSchema,
  suggestionStates: withId(SuggestionStateSchema),
  copyLogs: withId(CopyLogSchema),
  notificationLogs: withId(NotificationLogSchema),
  invitations: withId(PendingInvitationSchema),
} as const;

const list = <S extends z.ZodMiniType>(schema: S) => z._default(z.array(schema), []);

/** Every table, as the file stores it (a missing table is an empty one). */
export const BackupTablesSchema = z.object({
  contacts: list(BACKUP_RECORD_SCHEMAS.contacts),
  interactions: list(BACKUP_RECORD_SCHEMAS.interactions),
  tasks: list(BACKUP_RECORD_SCHEMAS.tasks),
  resources: list(BACKUP_RECORD_SCHEMAS.resources),
  events: list(BACKUP_RECORD_SCHEMAS.events),
  opportunities: list(BACKUP_RECORD_SCHEMAS.opportunities),
  communities: list(BACKUP_RECORD_SCHEMAS.communities),
  routineSessions: list(BACKUP_RECORD_SCHEMAS.routineSessions),
  snippets: list(BACKUP_RECORD_SCHEMAS.snippets),
  settings: z._default(z.array(SettingsSchema).check(z.maxLength(1)), []),
  suggestionStates: list(BACKUP_RECORD_SCHEMAS.suggestionStates),
  copyLogs: list(BACKUP_RECORD_SCHEMAS.copyLogs),
  notificationLogs: list(BACKUP_RECORD_SCHEMAS.notificationLogs),
  invitations: list(BACKUP_RECORD_SCHEMAS.invitations),
});
export type BackupTables = z.infer<typeof BackupTablesSchema>;

/** Version of the file format (not of the database): bump when the envelope changes. */
export const BACKUP_FORMAT_VERSION = 1;

/** The file without its records: what is checked before any record is. */
export const BackupEnvelopeSchema = z.object({
  format: z.literal('guild-backup'),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  databaseVersion: z.number().check(z.int(), z.positive()),
  exportedAt: timeSchema,
  tables: z._default(z.record(z.string(), z.unknown()), {}),
});

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
