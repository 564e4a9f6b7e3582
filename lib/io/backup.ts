import type { Table } from 'dexie';
import type * as z from 'zod/mini';
import { TABLE_NAMES, type GuildDatabase, type TableName } from '../db/database';
import { readInPages } from '../db/read-in-pages';
import { LATEST_VERSION } from '../db/versions';
import { BACKUP_FORMAT_VERSION, BackupSchema, type Backup, type BackupTables } from './backup-schema';
import { chunks, CHUNK, type OnProgress } from './progress';

export { BackupSchema, type Backup } from './backup-schema';

/** A backup file that cannot be restored, and every reason why, located (`contacts[12].name: …`). */
export type BackupCheck = { ok: true; backup: Backup } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

function where(path: readonly PropertyKey[]): string {
  const inTables = path[0] === 'tables' ? path.slice(1) : path;
  return inTables
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

/** Located messages for the first issues of a Zod error. */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues
    .slice(0, MAX_ERRORS)
    .map((issue) => `${where(issue.path) || '(file)'}: ${issue.message}`);
}

/** Two contacts may not share a profile (the unique index would refuse it half-way). */
function duplicateProfiles(tables: BackupTables): string[] {
  const owner = new Map<string, number>();
  const errors: string[] = [];
  tables.contacts.forEach((contact, index) => {
    for (const key of contact.profiles.map((p) => p.key)) {
      const first = owner.get(key);
      if (first !== undefined)
        errors.push(`contacts[${index}].profiles: ${key} is also in contacts[${first}]`);
      else owner.set(key, index);
    }
  });
  return errors.slice(0, MAX_ERRORS);
}

/**
 * Check a backup file whole before anything is written: JSON, envelope,
 * every record of every table, and profile keys unique across contacts.
 */
export function checkBackup(text: string): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [`not a JSON file: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  const backup = parsed.data;
  if (backup.databaseVersion > LATEST_VERSION) {
    return {
      ok: false,
      errors: [`made by a newer Guild (database version ${backup.databaseVersion}); update Guild first`],
    };
  }
  // Derived keys are recomputed, never trusted from the file.
  for (const contact of backup.tables.contacts) contact.profileKeys = contact.profiles.map((p) => p.key);
  const duplicates = duplicateProfiles(backup.tables);
  return duplicates.length ? { ok: false, errors: duplicates } : { ok: true, backup };
}

const tableOf = (db: GuildDatabase, name: TableName) =>
  db.table(name) as Table<Record<string, unknown>, unknown>;

/** Read one table in pages by primary key (bounded work per step, progress between pages). */
async function readTable(db: GuildDatabase, name: TableName, onPage: (n: number) => void) {
  const table = tableOf(db, name);
  if (name === 'settings') {
    const all = await table.toArray();
    onPage(all.length);
    return all;
  }
  const rows: Record<string, unknown>[] = [];
  await readInPages(table, CHUNK, (page) => {
    rows.push(...page);
    onPage(page.length);
  });
  return rows;
}

/** Every table, read in one consistent transaction, as a backup object. */
export async function createBackup(
  db: GuildDatabase,
  onProgress?: OnProgress,
  now = Date.now(),
): Promise<Backup> {
  const tables = TABLE_NAMES.map((n) => tableOf(db, n));
  return db.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((t) => t.count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    const out: Record<string, unknown[]> = {};
    for (const name of TABLE_NAMES) {
      out[name] = await readTable(db, name, (n) => {
        done += n;
        onProgress?.({ phase: 'reading', done, total });
      });
    }
    return {
      format: 'guild-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      databaseVersion: LATEST_VERSION,
      exportedAt: now,
      tables: out as BackupTables,
    };
  });
}

/** The backup as the text of a `.json` file. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

/**
 * Replace everything in the database with a checked backup, in one
 * transaction: if anything fails, the database is as it was.
 */
export async function restoreBackup(
  db: GuildDatabase,
  backup: Backup,
  onProgress?: OnProgress,
): Promise<void> {
  const total = TABLE_NAMES.reduce((sum, name) => sum + backup.tables[name].length, 0);
  let done = 0;
  await db.transaction(
    'rw',
    TABLE_NAMES.map((n) => tableOf(db, n)),
    async () => {
      for (const name of TABLE_NAMES) await tableOf(db, name).clear();
      for (const name of TABLE_NAMES) {
        for (const chunk of chunks<Record<string, unknown>>(backup.tables[name])) {
          await tableOf(db, name).bulkAdd(chunk);
          done += chunk.length;
          onProgress?.({ phase: 'writing', done, total });
        }
      }
    },
  );
}

/** Check a backup file's text and, only if all of it is valid, restore it. */
export async function restoreBackupText(
  db: GuildDatabase,
  text: string,
  onProgress?: OnProgress,
): Promise<BackupCheck> {
  const check = checkBackup(text);
  if (check.ok) await restoreBackup(db, check.backup, onProgress);
  return check;
}
