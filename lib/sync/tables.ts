import type * as z from 'zod/mini';
import { ContactSchema } from '../schemas/contact';
import { InteractionSchema } from '../schemas/interaction';
import { TaskSchema } from '../schemas/task';
import {
  CommunitySchema,
  EventSchema,
  OpportunitySchema,
  ResourceSchema,
  SnippetSchema,
} from '../schemas/library';
import { SettingsSchema } from '../schemas/settings';
import type { SyncedTable } from './synced-tables';

/** A field that holds another record's local id (or a list of them), and that record's table. */
export interface Reference {
  /** Top-level field, and for a nested one the key inside it. */
  field: string;
  key?: string;
  table: SyncedTable;
  many?: boolean;
}

interface TableSpec {
  schema: z.ZodMiniType<Record<string, unknown>>;
  references: readonly Reference[];
  /** Fields that belong to this device and never leave it. */
  deviceOnly?: readonly string[];
  /**
   * A sync id derived from the record itself, so the same thing saved on two
   * devices before they ever synced becomes one record, not two.
   */
  naturalId?: (record: Record<string, unknown>) => string | undefined;
  /** Fields with a unique index: a record from another device that would break one is set aside. */
  unique?: readonly string[];
  /** The local id of a record with this sync id, for a table whose ids are not generated. */
  fixedLocalId?: (syncId: string) => string;
}

export { isSyncedTable, SYNCED_TABLES, type SyncedTable } from './synced-tables';

const schema = (s: unknown) => s as z.ZodMiniType<Record<string, unknown>>;

export const TABLE_SPECS: Record<SyncedTable, TableSpec> = {
  settings: {
    schema: schema(SettingsSchema),
    references: [],
    // The language ('auto' follows this browser) and the time zone (empty: this
    // machine's) describe the device, not the user.
    deviceOnly: ['language', 'timeZone'],
    naturalId: () => 'settings',
    fixedLocalId: () => 'settings',
  },
  communities: { schema: schema(CommunitySchema), references: [] },
  resources: { schema: schema(ResourceSchema), references: [] },
  events: {
    schema: schema(EventSchema),
    references: [{ field: 'contactIds', table: 'contacts', many: true }],
  },
  contacts: {
    schema: schema(ContactSchema),
    references: [
      { field: 'howWeMet', key: 'eventId', table: 'events' },
      { field: 'communityIds', table: 'communities', many: true },
    ],
    unique: ['profileKeys'],
    naturalId: (record) => {
      const keys = record.profileKeys as string[] | undefined;
      return keys?.[0] !== undefined ? `profile:${keys[0]}` : undefined;
    },
  },
  interactions: {
    schema: schema(InteractionSchema),
    // The same entry of LinkedIn's archive imported on two devices is one interaction.
    naturalId: (record) => (typeof record.importKey === 'string' ? `import:${record.importKey}` : undefined),
    unique: ['importKey'],
    references: [
      { field: 'contactId', table: 'contacts' },
      { field: 'eventId', table: 'events' },
      { field: 'otherContactId', table: 'contacts' },
      { field: 'resourceId', table: 'resources' },
    ],
  },
  tasks: {
    schema: schema(TaskSchema),
    references: [
      { field: 'contactId', table: 'contacts' },
      { field: 'interactionId', table: 'interactions' },
      { field: 'eventId', table: 'events' },
    ],
  },
  opportunities: {
    schema: schema(OpportunitySchema),
    references: [{ field: 'sourceContactId', table: 'contacts' }],
  },
  snippets: {
    schema: schema(SnippetSchema),
    references: [],
    naturalId: (record) =>
      typeof record.builtinId === 'string'
        ? `builtin:${record.builtinId}:${String(record.language)}`
        : undefined,
  },
};

/** The primary key's field: every synced table's is `id`. */
export const KEY_FIELD = 'id';
