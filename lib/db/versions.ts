import type { Transaction } from 'dexie';
import type { MigrationProgress } from './migrations/migration-error';
import { upgradeTo2 } from './migrations/002-contact-profiles';
import { upgradeTo8 } from './migrations/008-task-about';

/** One version of the database: its tables and indexes, and the step that brings data to it. */
export interface DatabaseVersion {
  version: number;
  /**
   * Dexie schema: primary key first, then the indexed fields. Not every index
   * is queried by the product today; removing one takes a new version.
   */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction, onProgress?: (p: MigrationProgress) => void) => Promise<void>;
}

/**
 * Every version Guild's database has had, oldest first. Never edit a shipped
 * entry: add a new version with a numbered step in `migrations/`.
 */
export const DATABASE_VERSIONS: readonly DatabaseVersion[] = [
  { version: 1, stores: { contacts: '++id, &profileKey, name, savedAt' } },
  {
    version: 2,
    stores: {
      // `&*profileKeys`: unique multi-entry, so no two contacts share a profile.
      // `name`/`company` serve prefix search (startsWithIgnoreCase).
      contacts: '++id, &*profileKeys, name, company, *tags, circle, lastInteractionAt, createdAt, updatedAt',
      interactions: '++id, contactId, [contactId+date], date, kind',
      tasks: '++id, contactId, [status+due], due',
      resources: '++id, url, *tags, addedAt',
      events: '++id, date, *contactIds',
      opportunities: '++id, date, sourceContactId, status',
      communities: '++id, name',
      routineSessions: '++id, startedAt',
      snippets: '++id, builtinId, kind',
      settings: 'id',
      suggestionStates: '++id, contactId, [contactId+key], until',
      copyLogs: '++id, at, templateHash',
      notificationLogs: '++id, at, dedupeKey',
    },
    upgrade: upgradeTo2,
  },
  {
    version: 3,
    // Who needs what and who offers what: the panel finds the introduction
    // candidates for one person through these, instead of reading the whole
    // address book. New indexes only: IndexedDB builds them from the stored
    // records, no record changes, so there is no step to run.
    stores: {
      contacts:
        '++id, &*profileKeys, name, company, *tags, circle, lastInteractionAt, createdAt, updatedAt, *needs, *offers',
    },
  },
  {
    version: 4,
    // Indexes no query uses (no `where`/`orderBy` names them): each one is
    // written on every put, which the import benchmark pays for. Dropped:
    // contacts.tags, .lastInteractionAt, .updatedAt; resources.url, .tags;
    // opportunities.status; snippets.builtinId, .kind; suggestionStates.until;
    // copyLogs.templateHash. IndexedDB deletes an index without touching the
    // records, so there is no step to run. Need one back? Add it in a new version.
    stores: {
      contacts: '++id, &*profileKeys, name, company, circle, createdAt, *needs, *offers',
      resources: '++id, addedAt',
      opportunities: '++id, date, sourceContactId',
      snippets: '++id',
      suggestionStates: '++id, contactId, [contactId+key]',
      copyLogs: '++id, at',
    },
  },
  {
    version: 5,
    // LinkedIn's data archive (issue 15). `&importKey`: an entry derived from
    // the archive (messages of a month, an invitation, a recommendation) is
    // found again by its key, so importing the same archive twice adds nothing;
    // entries typed by the user have no key and are not in the index.
    // `invitations`: the open invitations to act on. New indexes and a new
    // table only: no record changes, no step to run.
    stores: {
      interactions: '++id, contactId, [contactId+date], date, kind, &importKey',
      invitations: '++id, &key, direction',
    },
  },
  {
    version: 7,
    // Sync (issue 18): each synced record's document and server revision
    // (`syncRecords`), the local changes not yet folded into them
    // (`syncChanges`, written by lib/sync/tracker.ts) and sync's own settings
    // and progress (`syncState`). New tables only: no record changes, no step.
    stores: {
      syncRecords: 'ref, &[table+localId], pending, parked, partial',
      syncChanges: '[table+localId]',
      syncState: 'id',
    },
  },
  // Quick-save's tasks store what they are about, not an English or French sentence.
  { version: 8, stores: {}, upgrade: upgradeTo8 },
];

/** The version the code expects. */
export const LATEST_VERSION = DATABASE_VERSIONS[DATABASE_VERSIONS.length - 1]?.version ?? 1;
