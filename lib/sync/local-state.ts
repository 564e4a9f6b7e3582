import * as z from 'zod/mini';
import { SyncDocSchema } from './doc';
import { SYNC_STATE_ID } from './synced-tables';

/** A record's sync bookkeeping on this device (table `syncRecords`). */
export const SyncRecordSchema = z.object({
  /** `<table>/<sync id>`: the primary key. */
  ref: z.string(),
  table: z.string(),
  syncId: z.string(),
  /** The record's id in this device's table; none while deleted or parked. */
  localId: z.optional(z.union([z.number(), z.string()])),
  /** The merged document: what this device believes, local edits included. */
  doc: SyncDocSchema,
  /** The server's revision this document was last merged with (none: never on the server). */
  rev: z.optional(z.string()),
  /** 1 when `doc` holds local changes the server has not got (a number: IndexedDB cannot index booleans). */
  pending: z.union([z.literal(0), z.literal(1)]),
  /**
   * Fields this device changed since the server last had the document, each
   * with the clock it had before ('' if it had none): to tell concurrent edits.
   */
  edits: z.record(z.string(), z.string()),
  /** Why the document is not applied: written by a newer Guild, invalid, or its profile is saved twice. */
  parked: z.optional(z.enum(['newer', 'invalid', 'duplicate'])),
  /** 1 when applied without some references (their records had not arrived). */
  partial: z.optional(z.literal(1)),
  /** The reference fields' local values as written while `partial` (so a later diff does not read the gap as an edit). */
  appliedRefs: z.optional(z.record(z.string(), z.unknown())),
});
export type SyncRecord = z.infer<typeof SyncRecordSchema>;

/** A local change not yet folded into its document (table `syncChanges`), written by the tracker. */
export interface SyncChange {
  table: string;
  localId: number | string;
  /** Clock of the latest change. */
  t: string;
}

export { SYNC_STATE_ID };

/** Sync's configuration and progress on this device (one row of `syncState`). */
export interface SyncState {
  id: typeof SYNC_STATE_ID;
  enabled: boolean;
  paused: boolean;
  /** The CouchDB database's URL, e.g. https://couch.example.com/guild. */
  url: string;
  user: string;
  password: string;
  /** Derived keys, stored as non-extractable CryptoKeys: the passphrase itself is never stored. */
  keys?: { encrypt: CryptoKey; mac: CryptoKey };
  /** The server's changes feed position this device has read up to. */
  since: string;
  lastSyncAt?: number;
  /** The last failure, as a code the UI turns into words, and when the next try is. */
  error?: SyncErrorCode;
  retryAt?: number;
  /** Consecutive failures (for backoff). */
  failures: number;
  /** How many server documents need a newer Guild. */
  newer: number;
}

export type SyncErrorCode =
  'unreachable' | 'unauthorized' | 'wrong-passphrase' | 'server-full' | 'server-error';

export function refOf(table: string, syncId: string): string {
  return `${table}/${syncId}`;
}
