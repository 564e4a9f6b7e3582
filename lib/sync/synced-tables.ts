/**
 * What the database's change tracker needs to know about sync, and nothing
 * more: the tracker is in every page's database code (the side panel's
 * too), so it must not bring sync's schemas and specs along.
 */

/**
 * Every table that syncs, in the order records are applied (a record's
 * references point to tables listed before it where possible). Device logs
 * (routine sessions, suggestion states, copy and notification logs) stay local,
 * and so do the open LinkedIn invitations (re-read from the archive on each device).
 */
export const SYNCED_TABLES = [
  'settings',
  'communities',
  'resources',
  'events',
  'contacts',
  'interactions',
  'tasks',
  'opportunities',
  'snippets',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

/** The one row of `syncState`. */
export const SYNC_STATE_ID = 'state';
