import type { GuildDatabase } from '../db/database';
import { applyDoc, reapplyPartial } from './apply';
import { open, seal, serverId, type SyncKeys } from './crypto';
import { readDoc, type SyncDoc } from './doc';
import { foldAll, syncScope } from './fold';
import { KEY_CHECK_ID } from './key-check';
import { refOf, SYNC_STATE_ID, type SyncRecord } from './local-state';
import { sameDoc } from './merge';
import { SYNCED_TABLES, type SyncedTable } from './tables';
import type { Transport } from './transport';

export interface SyncSession {
  db: GuildDatabase;
  transport: Transport;
  keys: SyncKeys;
}

export interface PullResult {
  applied: number;
  /** Documents written by a newer Guild, left untouched. */
  newer: number;
  /** Documents that would not decrypt or parse (skipped). */
  unreadable: number;
}

const PAGE = 500;

type Opened =
  | { kind: 'skip' | 'unreadable' }
  | { kind: 'doc'; doc: SyncDoc; rev: string }
  | { kind: 'newer'; id: string; rev: string };

function tableOrder(doc: SyncDoc): number {
  const index = SYNCED_TABLES.indexOf(doc.table as SyncedTable);
  return index === -1 ? SYNCED_TABLES.length : index;
}

/**
 * Read the server's changes since this device last did, decrypt them, merge
 * them into the local tables. The feed position advances in the same
 * transaction as the records it covers, so a stop in the middle loses nothing.
 */
export async function pull({ db, transport, keys }: SyncSession): Promise<PullResult> {
  const result: PullResult = { applied: 0, newer: 0, unreadable: 0 };
  for (;;) {
    const state = await db.syncState.get(SYNC_STATE_ID);
    const page = await transport.changes(state?.since ?? '0', PAGE);
    const docs: { doc: SyncDoc; rev: string }[] = [];
    const newer: { id: string; rev: string }[] = [];
    // The page's documents decrypted all at once (WebCrypto runs them together), kept in feed order.
    const opened = await Promise.all(
      page.results.map(async (change): Promise<Opened> => {
        const stored = change.doc;
        if (
          !stored ||
          change.id === KEY_CHECK_ID ||
          change.id.startsWith('_') ||
          typeof stored.c !== 'string'
        )
          return { kind: 'skip' };
        let plain: unknown;
        try {
          plain = await open(keys, change.id, stored.c);
        } catch {
          return { kind: 'unreadable' };
        }
        const read = readDoc(plain);
        if (read.ok && (await serverId(keys, read.doc.table, read.doc.id)) === change.id)
          return { kind: 'doc', doc: read.doc, rev: stored._rev };
        if (!read.ok && read.reason === 'newer') return { kind: 'newer', id: change.id, rev: stored._rev };
        return { kind: 'unreadable' };
      }),
    );
    for (const o of opened) {
      if (o.kind === 'doc') docs.push({ doc: o.doc, rev: o.rev });
      else if (o.kind === 'newer') newer.push({ id: o.id, rev: o.rev });
      else if (o.kind === 'unreadable') result.unreadable += 1;
    }
    docs.sort((a, b) => tableOrder(a.doc) - tableOrder(b.doc));
    await db.transaction('rw', syncScope(db), async () => {
      const held = await db.syncRecords.bulkGet(docs.map(({ doc }) => refOf(doc.table, doc.id)));
      for (const [i, { doc, rev }] of docs.entries()) {
        // The very revision this device last merged (most often one it sent itself, read back
        // in the feed): merging it again changes nothing. Parked or partial ones are retried.
        const rec = held[i];
        if (rec?.rev === rev && !rec.parked && !rec.partial) continue;
        await applyDoc(db, doc, rev);
        result.applied += 1;
      }
      await reapplyPartial(db);
      await db.syncState.update(SYNC_STATE_ID, { since: String(page.last_seq) });
    });
    result.newer += newer.length;
    if (newer.length > 0) await keepNewer(db, keys, newer);
    if (page.results.length < PAGE) break;
  }
  return result;
}

/** Count the server documents a newer Guild wrote, and hold back local edits to them. */
async function keepNewer(db: GuildDatabase, keys: SyncKeys, newer: { id: string; rev: string }[]) {
  const ids = new Set(newer.map((n) => n.id));
  const recs = await db.syncRecords.toArray();
  const hits: SyncRecord[] = [];
  for (const rec of recs) {
    const id = await serverId(keys, rec.table, rec.syncId);
    if (ids.has(id)) hits.push({ ...rec, parked: 'newer', rev: newer.find((n) => n.id === id)!.rev });
  }
  await db.syncRecords.bulkPut(hits);
}

export interface PushResult {
  pushed: number;
  conflicts: number;
}

/** Send every document with local changes; a conflict means the server moved on (the next pull merges it). */
export async function push({ db, transport, keys }: SyncSession): Promise<PushResult> {
  const result: PushResult = { pushed: 0, conflicts: 0 };
  const refs = await db.syncRecords.where('pending').equals(1).primaryKeys();
  for (let i = 0; i < refs.length; i += PAGE) {
    const recs = (await db.syncRecords.bulkGet(refs.slice(i, i + PAGE))).filter(
      (r): r is SyncRecord => r !== undefined && r.pending === 1 && r.parked !== 'newer',
    );
    const sent = await Promise.all(
      recs.map(async (rec) => {
        const id = await serverId(keys, rec.table, rec.syncId);
        return {
          rec,
          id,
          body: { _id: id, ...(rec.rev && { _rev: rec.rev }), c: await seal(keys, id, rec.doc) },
        };
      }),
    );
    if (sent.length === 0) continue;
    const answers = await transport.bulkDocs(sent.map((s) => s.body));
    const byId = new Map(answers.map((a) => [a.id, a]));
    await db.transaction('rw', db.syncRecords, async () => {
      for (const { rec, id } of sent) {
        const answer = byId.get(id);
        if (!answer?.rev || answer.error) {
          if (answer?.error === 'conflict') result.conflicts += 1;
          continue;
        }
        const now = await db.syncRecords.get(refOf(rec.table, rec.syncId));
        if (!now) continue;
        const unchanged = sameDoc(now.doc, rec.doc);
        await db.syncRecords.put({
          ...now,
          rev: answer.rev,
          ...(unchanged && { pending: 0 as const, edits: {} }),
        });
        result.pushed += 1;
      }
    });
  }
  return result;
}

export interface SyncRunResult extends PullResult, PushResult {
  folded: number;
}

/** One whole sync: fold local edits, pull, push, and again while the server moved on meanwhile. */
export async function syncOnce(session: SyncSession): Promise<SyncRunResult> {
  const total: SyncRunResult = { folded: 0, applied: 0, newer: 0, unreadable: 0, pushed: 0, conflicts: 0 };
  for (let round = 0; round < 4; round += 1) {
    total.folded += await foldAll(session.db);
    const pulled = await pull(session);
    const pushed = await push(session);
    total.applied += pulled.applied;
    total.newer = pulled.newer;
    total.unreadable += pulled.unreadable;
    total.pushed += pushed.pushed;
    total.conflicts = pushed.conflicts;
    if (pushed.conflicts === 0) break;
  }
  return total;
}
