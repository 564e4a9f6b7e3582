import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Contact } from '../schemas/contact';
import type { Interaction } from '../schemas/interaction';
import type { Task } from '../schemas/task';
import type {
  Community,
  NetworkEvent,
  Opportunity,
  Resource,
  RoutineSession,
  Snippet,
} from '../schemas/library';
import type { Settings } from '../schemas/settings';
import type { PendingInvitation } from '../schemas/invitation';
import type { CopyLog, NotificationLog, SuggestionState } from '../schemas/feedback';
import type { MigrationProgress } from './migrations/migration-error';
import { DATABASE_VERSIONS, type DatabaseVersion } from './versions';
import type { SyncChange, SyncRecord, SyncState } from '../sync/local-state';
import { syncTracker } from '../sync/tracker';

export const DATABASE_NAME = 'guild';

export interface GuildDatabaseOptions {
  /** The version history to declare (tests pass a broken step to check rollback). */
  versions?: readonly DatabaseVersion[];
  /** Called while a long upgrade step rewrites records. */
  onUpgradeProgress?: (progress: MigrationProgress) => void;
}

/**
 * Guild's IndexedDB, opened only in the extension's origin (background, side
 * panel, dashboard). Never open it from code that runs in a web page: there it
 * would be the site's database, readable by the site's scripts.
 */
export class GuildDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  resources!: EntityTable<Resource, 'id'>;
  events!: EntityTable<NetworkEvent, 'id'>;
  opportunities!: EntityTable<Opportunity, 'id'>;
  communities!: EntityTable<Community, 'id'>;
  routineSessions!: EntityTable<RoutineSession, 'id'>;
  snippets!: EntityTable<Snippet, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  suggestionStates!: EntityTable<SuggestionState, 'id'>;
  copyLogs!: EntityTable<CopyLog, 'id'>;
  notificationLogs!: EntityTable<NotificationLog, 'id'>;
  invitations!: EntityTable<PendingInvitation, 'id'>;
  // Sync's bookkeeping (lib/sync): not user data, so not in TABLE_NAMES (backups leave it out).
  syncRecords!: EntityTable<SyncRecord, 'ref'>;
  syncChanges!: Table<SyncChange, [string, number | string]>;
  syncState!: EntityTable<SyncState, 'id'>;

  constructor(name = DATABASE_NAME, options: GuildDatabaseOptions = {}) {
    super(name);
    for (const step of options.versions ?? DATABASE_VERSIONS) {
      const declared = this.version(step.version).stores(step.stores);
      const upgrade = step.upgrade;
      if (upgrade) declared.upgrade((tx) => upgrade(tx, options.onUpgradeProgress));
    }
    // Notes every write to a synced table while sync is on (a no-op before version 7).
    this.use(syncTracker);
  }
}

/** The names of every table of the current version (backup, restore, merge). */
export const TABLE_NAMES = [
  'contacts',
  'interactions',
  'tasks',
  'resources',
  'events',
  'opportunities',
  'communities',
  'routineSessions',
  'snippets',
  'settings',
  'suggestionStates',
  'copyLogs',
  'notificationLogs',
  'invitations',
] as const satisfies readonly (keyof GuildDatabase)[];
export type TableName = (typeof TABLE_NAMES)[number];

let instance: GuildDatabase | undefined;
const progressListeners = new Set<(progress: MigrationProgress) => void>();

/** The shared database of this extension context. */
export function getDb(): GuildDatabase {
  instance ??= new GuildDatabase(DATABASE_NAME, {
    onUpgradeProgress: (progress) => progressListeners.forEach((listener) => listener(progress)),
  });
  return instance;
}

/**
 * Follow a long upgrade of the shared database (e.g. to show a bar while
 * `openDatabase()` runs). Returns the function that stops listening.
 */
export function onUpgradeProgress(listener: (progress: MigrationProgress) => void): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}
