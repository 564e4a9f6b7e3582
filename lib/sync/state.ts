import type { GuildDatabase } from '../db/database';
import type { SyncKeys } from './crypto';
import { noteEverything } from './fold';
import { SYNC_STATE_ID, type SyncState } from './local-state';
import type { ServerConfig } from './transport';

/** Sync's state on this device; a device that never turned sync on has none (off). */
export function getSyncState(db: GuildDatabase): Promise<SyncState | undefined> {
  return db.syncState.get(SYNC_STATE_ID);
}

/**
 * Turn sync on with keys already checked against the server (`unlock`).
 * Every local record is noted for the next sync, which merges it with the
 * server's: nothing local is overwritten. Another server than last time
 * starts from the beginning of its changes, and gets every record.
 */
export async function turnOn(db: GuildDatabase, config: ServerConfig, keys: SyncKeys): Promise<void> {
  await db.transaction('rw', db.syncState, db.syncRecords, async () => {
    const previous = await db.syncState.get(SYNC_STATE_ID);
    const sameServer = previous?.url === config.url;
    if (!sameServer) {
      await db.syncRecords.toCollection().modify((rec) => {
        delete rec.rev;
        rec.pending = 1;
      });
    }
    const next: SyncState = {
      id: SYNC_STATE_ID,
      enabled: true,
      paused: false,
      url: config.url,
      user: config.user,
      password: config.password,
      keys,
      since: sameServer ? (previous?.since ?? '0') : '0',
      failures: 0,
      newer: 0,
      ...(previous?.lastSyncAt !== undefined && sameServer && { lastSyncAt: previous.lastSyncAt }),
    };
    await db.syncState.put(next);
  });
  await noteEverything(db);
}

/**
 * Turn sync off: nothing is sent any more, every local record stays, and the
 * credentials and keys are forgotten (turning on again asks for them).
 */
export async function turnOff(db: GuildDatabase): Promise<void> {
  await db.transaction('rw', db.syncState, db.syncChanges, async () => {
    const state = await db.syncState.get(SYNC_STATE_ID);
    if (!state) return;
    const next: SyncState = { ...state, enabled: false, paused: false, password: '', failures: 0 };
    delete next.keys;
    delete next.error;
    delete next.retryAt;
    await db.syncState.put(next);
    // Turning on again compares every record anyway.
    await db.syncChanges.clear();
  });
}

/** Pause or resume (the settings stay; nothing is sent while paused). */
export async function setPaused(db: GuildDatabase, paused: boolean): Promise<void> {
  await db.syncState.update(SYNC_STATE_ID, { paused });
}
