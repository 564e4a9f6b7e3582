import type { Table } from 'dexie';
import type * as z from 'zod/mini';
import { TABLE_NAMES, type GuildDatabase, type TableName } from '../db/database';
import { readInPages } from '../db/read-in-pages';
import { LATEST_VERSION } from '../db/versions';
import { t } from '../i18n';
import { profileFromKey } from '../profiles/detect';
import type { ProfileRef } from '../profiles/site';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_RECORD_SCHEMAS,
  BackupEnvelopeSchema,
  type Backup,
  type BackupTables,
} from './backup-schema';
import { capitalised, issueWords, recordLabel } from './backup-words';
import { Pacer } from './pacer';
import { splitBackupJson } from './json-slices';
import { chunks, CHUNK, type OnProgress } from './progress';

const KIND_SETTINGS = 'backupKindSettings';

/** Records per write: a write of 1,000 contacts held the page ~0.5 s on a loaded machine. */
const RESTORE_CHUNK = 200;

export { BackupSchema, type Backup } from './backup-schema';

/** A backup file that cannot be restored, and every reason why, in words, with the record. */
export type BackupCheck = { ok: true; backup: Backup } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

/** Milliseconds of checking between two breaths: well under a 50 ms long task. */
const SLICE_MS = 8;

const refused = (...errors: string[]): BackupCheck => ({ ok: false, errors });

/** A backup file's text, whole or in the parts it was read in (`readTextParts`). */
export type BackupText = string | readonly string[];

/** The envelope (the file without its records), or why it is not a backup Guild can read. */
function envelopeOf(json: unknown): string | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return t('backupNotBackup');
  const fields = json as Record<string, unknown>;
  if (fields.format !== 'guild-backup') return t('backupNotBackup');
  if (fields.formatVersion !== BACKUP_FORMAT_VERSION)
    return typeof fields.formatVersion === 'number'
      ? t('backupFormatVersion', fields.formatVersion)
      : t('backupNotBackup');
  if (typeof fields.databaseVersion === 'number' && fields.databaseVersion > LATEST_VERSION)
    return t('backupNewerDatabase', fields.databaseVersion);
  const parsed = BackupEnvelopeSchema.safeParse(json);
  if (!parsed.success) return t('backupEnvelope', issueWords(parsed.error.issues[0]!, json));
  return undefined;
}

/** Records compared between two chances to breathe (see checkSteps). */
const DUPLICATES_STEP = 2_000;

/**
 * Equal ids in one table, or one profile in two contacts: refused now, not by the database
 * half-way. The records are the checked ones (all valid by now: their names label them).
 */
function* duplicates(tables: BackupTables): Generator<void, string[]> {
  const errors: string[] = [];
  const label = (table: TableName, index: number) =>
    recordLabel(table, index, (tables[table] as unknown[])[index]);
  let seen = 0;
  for (const name of TABLE_NAMES) {
    if (name === 'settings') continue;
    const first = new Map<number, number>();
    for (const [index, record] of (tables[name] as { id: number }[]).entries()) {
      if (++seen % DUPLICATES_STEP === 0) yield;
      const earlier = first.get(record.id);
      if (earlier === undefined) first.set(record.id, index);
      else errors.push(capitalised(t('backupSameId', label(name, index), record.id, label(name, earlier))));
    }
  }
  const owner = new Map<string, number>();
  for (const [index, contact] of tables.contacts.entries()) {
    if (++seen % DUPLICATES_STEP === 0) yield;
    for (const key of contact.profileKeys) {
      const earlier = owner.get(key);
      if (earlier === undefined) owner.set(key, index);
      else
        errors.push(
          capitalised(t('backupSameProfile', label('contacts', index), key, label('contacts', earlier))),
        );
    }
  }
  return errors.slice(0, MAX_ERRORS);
}

/**
 * A contact's profiles rebuilt from their keys alone: a file's `url` is never trusted (a
 * "LinkedIn" profile could point to any https site); a key that names no one on its site
 * refuses the record.
 */
function rebuiltProfiles(contact: Backup['tables']['contacts'][number]): ProfileRef[] | string {
  const profiles: ProfileRef[] = [];
  for (const profile of contact.profiles) {
    const rebuilt = profileFromKey(profile.key);
    if (!rebuilt) return t('backupBadProfile', profile.key);
    if (rebuilt.site !== profile.site)
      return t('backupProfileSite', profile.key, profile.site === 'x' ? 'X' : 'LinkedIn');
    profiles.push(rebuilt);
  }
  return profiles;
}

/**
 * The check, one step at a time: the JSON split into records (sliced), the
 * envelope, then each record of each table against its schema, pausing
 * every few milliseconds; then ids and profiles unique. Progress is counted
 * in characters, twice over (scanned, then the records' texts parsed):
 * `checking` progress reaches `total` only when the file is accepted.
 */
function* checkSteps(text: BackupText, onProgress?: OnProgress): Generator<void, BackupCheck> {
  const chars = typeof text === 'string' ? text.length : text.reduce((sum, part) => sum + part.length, 0);
  const total = 2 * chars;
  const report = (done: number) => onProgress?.({ phase: 'checking', done: Math.min(done, total), total });
  report(0);
  const split = yield* splitBackupJson(text, report);
  if ('error' in split) return refused(t('backupNotJson', split.error));
  const problem = envelopeOf(split.envelope);
  if (problem) return refused(problem);
  const envelope = split.envelope as Omit<Backup, 'tables'>;
  const errors: string[] = [];
  const tables: Record<string, unknown[]> = {};
  let sliceStart = performance.now();
  let parsedChars = chars;
  for (const name of TABLE_NAMES) {
    const texts = split.tables.get(name) ?? [];
    const schema = BACKUP_RECORD_SCHEMAS[name] as z.ZodMiniType;
    const records: unknown[] = [];
    for (const [index, recordText] of texts.entries()) {
      if (performance.now() - sliceStart > SLICE_MS) {
        report(parsedChars);
        yield;
        sliceStart = performance.now();
      }
      parsedChars += recordText.length;
      let json: unknown;
      try {
        json = JSON.parse(recordText);
      } catch (error) {
        return refused(t('backupNotJson', error instanceof Error ? error.message : String(error)));
      }
      const parsed = schema.safeParse(json);
      const label = () => capitalised(recordLabel(name, index, json));
      if (!parsed.success) {
        for (const issue of parsed.error.issues.slice(0, 3))
          errors.push(t('backupRecordProblem', label(), issueWords(issue, json)));
      } else if (name === 'contacts') {
        const contact = parsed.data as Backup['tables']['contacts'][number];
        const profiles = rebuiltProfiles(contact);
        if (typeof profiles === 'string') errors.push(t('backupRecordProblem', label(), profiles));
        // Derived keys are recomputed, never trusted from the file.
        else records.push({ ...contact, profiles, profileKeys: profiles.map((p) => p.key) });
      } else records.push(parsed.data);
      if (errors.length >= MAX_ERRORS) return refused(...errors.slice(0, MAX_ERRORS));
    }
    if (name === 'settings' && records.length > 1)
      errors.push(
        t('backupRecordProblem', capitalised(t(KIND_SETTINGS)), t('backupTooMany', t(KIND_SETTINGS), 1)),
      );
    tables[name] = records;
  }
  if (errors.length) return refused(...errors);
  const backup = { ...envelope, tables: tables as BackupTables } as Backup;
  const twins = yield* duplicates(backup.tables);
  if (twins.length) return refused(...twins);
  report(total);
  return { ok: true, backup };
}

/**
 * Check a backup file whole before anything is written: JSON, envelope,
 * every record of every table, ids and profile keys unique, profile links
 * rebuilt from their keys. Every refusal says what is wrong, in words, with
 * the record ("Contact 1 (Camille Martin): the notes are longer than 20,000
 * characters").
 */
export function checkBackup(text: BackupText): BackupCheck {
  const steps = checkSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, giving the page a breath every few milliseconds, so that a
 * 34 MB backup never freezes the dashboard while it is checked (the UI calls this one);
 * `onProgress` follows it (`checking`) for a progress bar.
 */
export async function checkBackupInSlices(text: BackupText, onProgress?: OnProgress): Promise<BackupCheck> {
  const steps = checkSteps(text, onProgress);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
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

/** Records stringified per step of `serializeBackupInParts` (a few milliseconds of contacts). */
const SERIALIZE_CHUNK = 250;

/**
 * The same text, in parts whose concatenation is `serializeBackup`'s to the byte, made a few
 * records at a time with breaths between (`JSON.stringify` of 100,000 contacts was one task of
 * seconds). The parts go to a `Blob` as they are: never joined into one string. They break only
 * between JSON tokens, so no character is cut in two. `serialising` progress counts records.
 */
export async function serializeBackupInParts(backup: Backup, onProgress?: OnProgress): Promise<string[]> {
  const tables = backup.tables as Record<string, unknown>;
  // The envelope as JSON.stringify writes it, with an empty `tables` where the tables go.
  const envelope = JSON.stringify({ ...backup, tables: {} });
  const slot = envelope.indexOf('"tables":{}');
  if (slot < 0 || envelope.indexOf('"tables":{}', slot + 1) >= 0) return [JSON.stringify(backup)];
  const total = Object.values(tables).reduce<number>(
    (sum, records) => sum + (Array.isArray(records) ? records.length : 0),
    0,
  );
  const pacer = new Pacer();
  const parts = [envelope.slice(0, slot + '"tables":{'.length)];
  let done = 0;
  let first = true;
  for (const [name, records] of Object.entries(tables)) {
    const member = `${first ? '' : ','}${JSON.stringify(name)}:`;
    if (!Array.isArray(records)) {
      // Not a table (never in a checked backup): as JSON.stringify writes it, or left out as it does.
      const json = JSON.stringify(records) as string | undefined;
      if (json === undefined) continue;
      parts.push(member + json);
      first = false;
      continue;
    }
    parts.push(`${member}[`);
    first = false;
    for (let i = 0; i < records.length; i += SERIALIZE_CHUNK) {
      const chunk = records.slice(i, i + SERIALIZE_CHUNK);
      // `[a,b]` without its brackets: an array's elements as JSON.stringify writes them.
      parts.push(`${i === 0 ? '' : ','}${JSON.stringify(chunk).slice(1, -1)}`);
      done += chunk.length;
      onProgress?.({ phase: 'serialising', done, total });
      await pacer.breathe();
    }
    parts.push(']');
  }
  parts.push(envelope.slice(slot + '"tables":{'.length));
  return parts;
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
        for (const chunk of chunks<Record<string, unknown>>(backup.tables[name], RESTORE_CHUNK)) {
          await tableOf(db, name).bulkAdd(chunk);
          done += chunk.length;
          onProgress?.({ phase: 'writing', done, total });
        }
      }
    },
  );
}
