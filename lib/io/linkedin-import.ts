import type { Contact } from '../schemas/contact';
import { withoutUndefined } from '../schemas/common';
import type { GuildDatabase } from '../db/database';
import { buildContact, normalizeContact } from '../db/new-contact';
import type { ConnectionRow, ImportProblem, ParsedConnections } from './linkedin-connections';
import { chunks, type OnProgress } from './progress';

export {
  parseConnections,
  parseConnectionsInSlices,
  type ConnectionRow,
  type ImportProblem,
} from './linkedin-connections';

/** Rows built and written at a time: about 20 ms of work on a loaded machine, well under a long task. */
const IMPORT_CHUNK = 250;

/** One imported row and the contact it became or updated. */
export interface ImportedRow {
  row: number;
  name: string;
  contactId: number;
}

/** What an import did, row by row. */
export interface ImportReport {
  added: ImportedRow[];
  updated: ImportedRow[];
  /** Already in the address book with nothing new. */
  unchanged: ImportedRow[];
  /** Rows not imported, with the reason. */
  skipped: ImportProblem[];
  /** Rows imported with something odd (an unreadable date, a URL that is not a profile). */
  warnings: ImportProblem[];
}

// One collator for every comparison: `localeCompare` with options builds one per call.
// Same rules: default locale, case ignored, accents not.
const NAME_COLLATOR = new Intl.Collator(undefined, { sensitivity: 'accent' });
const sameName = (a: string, b: string) => NAME_COLLATOR.compare(a, b) === 0;

/** Fill what the export knows; the user's own edits (name, notes, tags) are kept. */
function updatedFrom(existing: Contact, row: ConnectionRow, now: number): Contact | undefined {
  const patch = withoutUndefined({
    company: row.company !== existing.company ? row.company : undefined,
    position: row.position !== existing.position ? row.position : undefined,
    email: existing.email === undefined ? row.email : undefined,
    connectedOn: existing.connectedOn === undefined ? row.connectedOn : undefined,
  });
  const profiles =
    row.profile && !existing.profileKeys.includes(row.profile.key)
      ? [...existing.profiles, row.profile]
      : existing.profiles;
  if (Object.keys(patch).length === 0 && profiles === existing.profiles) return undefined;
  return normalizeContact({ ...existing, ...patch, profiles, updatedAt: now });
}

async function existingFor(db: GuildDatabase, rows: readonly ConnectionRow[]) {
  const keys = rows.flatMap((r) => (r.profile ? [r.profile.key] : []));
  const byKey = new Map<string, Contact>();
  for (const contact of await db.contacts.where('profileKeys').anyOf(keys).toArray()) {
    for (const key of contact.profileKeys) byKey.set(key, contact);
  }
  // Old exports have no URL: such a row matches a same-named contact with no LinkedIn profile.
  const names = rows.filter((r) => !r.profile).map((r) => r.name);
  const withoutLinkedIn = (await db.contacts.where('name').anyOf(names).toArray()).filter(
    (c) => !c.profiles.some((p) => p.site === 'linkedin'),
  );
  // Comparing every row with every candidate is quadratic (an old export of 10,000 rows):
  // a row looks first among the candidates whose name lower-cases like its own (the first
  // match in their original order), and scans them all only when none matches there, for
  // names the collator holds equal that lower-case differently (full-width letters, ligatures).
  const byLowerName = new Map<string, Contact[]>();
  for (const contact of withoutLinkedIn) {
    const key = contact.name.toLowerCase();
    const group = byLowerName.get(key);
    if (group) group.push(contact);
    else byLowerName.set(key, [contact]);
  }
  const sameNamed = (name: string) =>
    byLowerName.get(name.toLowerCase())?.find((c) => sameName(c.name, name)) ??
    withoutLinkedIn.find((c) => sameName(c.name, name));
  return (row: ConnectionRow) => (row.profile ? byKey.get(row.profile.key) : sameNamed(row.name));
}

/**
 * Write parsed connections in one transaction (all or nothing): a row whose
 * profile is already saved updates that contact, never a second one; others
 * are added. Writes in chunks with `bulkPut`, reporting progress in rows.
 */
export async function importConnections(
  db: GuildDatabase,
  parsed: ParsedConnections,
  onProgress?: OnProgress,
  now = Date.now(),
): Promise<ImportReport> {
  const report: ImportReport = {
    added: [],
    updated: [],
    unchanged: [],
    skipped: parsed.problems.filter((p) => p.severity === 'skipped'),
    warnings: parsed.problems.filter((p) => p.severity === 'warning'),
  };
  await db.transaction('rw', db.contacts, async () => {
    // Matches are looked up once, before any write, so a row never matches a contact
    // this same import added; the contacts are then built chunk by chunk, each chunk
    // between two writes, so building 10,000 of them is never one long task.
    const find = await existingFor(db, parsed.rows);
    const seen = new Set<number>();
    let done = 0;
    onProgress?.({ phase: 'writing', done, total: parsed.rows.length });
    for (const chunk of chunks(parsed.rows, IMPORT_CHUNK)) {
      const writes: { row: ConnectionRow; contact: Contact; isNew: boolean }[] = [];
      for (const row of chunk) {
        const existing = find(row);
        if (existing?.id !== undefined && seen.has(existing.id)) {
          report.skipped.push({ row: row.row, severity: 'skipped', reason: 'duplicate', detail: row.name });
          continue;
        }
        if (existing?.id !== undefined) seen.add(existing.id);
        const next = existing ? updatedFrom(existing, row, now) : buildContact(contactFields(row), now);
        if (next) writes.push({ row, contact: next, isNew: !existing });
        else report.unchanged.push({ row: row.row, name: row.name, contactId: existing!.id! });
      }
      const ids = await db.contacts.bulkPut(
        writes.map((w) => w.contact),
        { allKeys: true },
      );
      writes.forEach((w, i) => {
        const entry = { row: w.row.row, name: w.row.name, contactId: ids[i] as number };
        (w.isNew ? report.added : report.updated).push(entry);
      });
      done += chunk.length;
      onProgress?.({ phase: 'writing', done, total: parsed.rows.length });
    }
  });
  report.skipped.sort((a, b) => a.row - b.row);
  return report;
}

function contactFields(row: ConnectionRow) {
  return withoutUndefined({
    name: row.name,
    company: row.company,
    position: row.position,
    email: row.email,
    connectedOn: row.connectedOn,
    profiles: row.profile ? [row.profile] : [],
  });
}
