import type { GuildDatabase } from '../db/database';
import { SYNC_STATE_ID, type SyncState } from './local-state';
import { syncOnce, type SyncRunResult } from './replicate';
import { createTransport, SyncHttpError, type Transport } from './transport';

const MINUTE = 60_000;

/** Wait before the next try after `failures` failures in a row: 30 s, 1, 2, 4… up to 30 minutes. */
export function backoffMs(failures: number): number {
  return Math.min(30 * MINUTE, 30_000 * 2 ** Math.max(0, failures - 1));
}

export type RunOutcome =
  | { ran: false; reason: 'off' | 'paused' | 'busy' | 'waiting' }
  | { ran: true; ok: true; result: SyncRunResult }
  | { ran: true; ok: false; state: SyncState };

const running = new WeakMap<GuildDatabase, Promise<RunOutcome>>();

/**
 * Sync now if sync is on, not paused and not waiting out a backoff (`force`
 * skips the wait: "Sync now"). One run at a time per database. Failures are
 * recorded in words-ready codes with the time of the next try; they never
 * throw, so a device offline for a week is quiet, not an error storm.
 */
export function runSync(
  db: GuildDatabase,
  options: { force?: boolean; now?: () => number; transport?: (state: SyncState) => Transport } = {},
): Promise<RunOutcome> {
  const current = running.get(db);
  if (current) return current;
  const started = run(db, options).finally(() => running.delete(db));
  running.set(db, started);
  return started;
}

async function run(
  db: GuildDatabase,
  { force = false, now = Date.now, transport }: Parameters<typeof runSync>[1] & object,
): Promise<RunOutcome> {
  const state = await db.syncState.get(SYNC_STATE_ID);
  if (!state?.enabled || !state.keys) return { ran: false, reason: 'off' };
  if (state.paused) return { ran: false, reason: 'paused' };
  if (!force && state.retryAt !== undefined && now() < state.retryAt)
    return { ran: false, reason: 'waiting' };
  const session = {
    db,
    keys: state.keys,
    transport: transport?.(state) ?? createTransport(state),
  };
  try {
    const result = await syncOnce(session);
    await db.syncState.update(SYNC_STATE_ID, (s) => {
      s.lastSyncAt = now();
      s.failures = 0;
      s.newer = result.newer;
      delete s.error;
      delete s.retryAt;
    });
    return { ran: true, ok: true, result };
  } catch (error) {
    const code = error instanceof SyncHttpError ? error.code : 'server-error';
    const failures = state.failures + 1;
    await db.syncState.update(SYNC_STATE_ID, (s) => {
      s.error = code;
      s.failures = failures;
      s.retryAt = now() + backoffMs(failures);
    });
    return { ran: true, ok: false, state: (await db.syncState.get(SYNC_STATE_ID))! };
  }
}
