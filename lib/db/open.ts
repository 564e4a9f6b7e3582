import Dexie from 'dexie';
import { getDb, type GuildDatabase } from './database';
import { MigrationError } from './migrations/migration-error';

/** Why the database could not be opened, in terms the UI can explain. */
export type OpenFailureKind =
  /** A migration step failed: nothing was changed, the old version is intact. */
  | 'upgrade-failed'
  /** The stored database is newer than this copy of Guild (downgraded extension). */
  | 'version-too-new'
  /** Another Guild page holds an older version open. */
  | 'blocked'
  /** IndexedDB is missing or refused (private window, disk full…). */
  | 'unavailable';

export type OpenResult =
  { ok: true; db: GuildDatabase } | { ok: false; kind: OpenFailureKind; message: string; version?: number };

function innermost(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const inner = (current as { inner?: unknown } | null)?.inner;
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** Classify an error thrown by `Dexie.open()`. */
export function describeOpenFailure(error: unknown): Extract<OpenResult, { ok: false }> {
  const cause = innermost(error);
  if (cause instanceof MigrationError) {
    return { ok: false, kind: 'upgrade-failed', message: cause.message, version: cause.version };
  }
  const name = (error as Error | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === Dexie.errnames.Upgrade || (cause instanceof Error && name === Dexie.errnames.OpenFailed)) {
    return { ok: false, kind: 'upgrade-failed', message };
  }
  if (name === Dexie.errnames.Version) return { ok: false, kind: 'version-too-new', message };
  if (name === 'BlockedError' || name === Dexie.errnames.DatabaseClosed) {
    return { ok: false, kind: 'blocked', message };
  }
  return { ok: false, kind: 'unavailable', message };
}

/**
 * Open (and if needed upgrade) the database before the UI uses it. Never
 * throws: a failure comes back typed, for the panel or dashboard to show.
 * A failed upgrade leaves data and version untouched (Dexie aborts the
 * versionchange transaction when a step throws).
 */
export async function openDatabase(db: GuildDatabase = getDb()): Promise<OpenResult> {
  try {
    await db.open();
    return { ok: true, db };
  } catch (error) {
    return describeOpenFailure(error);
  }
}
