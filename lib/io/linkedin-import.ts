import type { Contact } from '../schemas/contact';
import { withoutUndefined } from '../schemas/common';
import type { GuildDatabase } from '../db/database';
import { contactsNamedAnyOf } from '../db/contacts';
import { buildContact, normalizeContact } from '../db/new-contact';
import type { ConnectionRow, ParsedConnections } from './linkedin-connections';
import { isGarbled } from './decode';
import { chunks, type OnProgress } from './progress';
import { refusalIn, type FileFacts, type ImportProblem } from './report';

export { parseConnections, parseConnectionsInSlices, type ConnectionRow } from './linkedin-connections';
export type { ImportProblem } from './report';

/** Rows built and written at a time: about 20 ms of work on a loaded machine, well under a long task. */
const IMPORT_CHUNK = 250;
/** Profile keys looked up at a time. */
const KEY_LOOKUP = 500;

/** One imported row and the contact it became or updated. */
export interface ImportedRow {
  row: number;
  name: string;
  contactId: number;
}

/** What an import did, row by row. */
export interface ImportReport extends FileFacts {
  /** Set when the whole file was refused: nothing was imported, and this says why. */
  refused?: ImportProblem;
  added: ImportedRow[];
  updated: ImportedRow[];
  /** Already in the address book with nothing new. */
  unchanged: ImportedRow[];
  /** Rows not imported, with the reason. */
  skipped: ImportProblem[];
  /** Rows imported with something odd (a URL that is not a profile, a homonym), and file-level notes (dates left empty). */
  warnings: ImportProblem[];
}

// One collator for every comparison: `localeCompare` with options builds one per call.
// Same rules: default locale, case ignored, accents not.
const NAME_COLLATOR = new Intl.Collator(undefined, { sensitivity: 'accent' });
const sameName = (a: string, b: string) => NAME_COLLATOR.compare(a, b) === 0;

/** Fill what the export knows; the user's own edits (name, notes, tags) are kept. */
function updatedFrom(existing: Contact, row: ConnectionRow, now: number): Contact | undefined {
  // A name garbled by an earlier import of a badly decoded file is repaired from the same
  // profile's good one; a name the user typed is never touched otherwise.
  const name = isGarbled(existing.name) && row.profile && !isGarbled(row.name) ? row.name : existing.name;
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
  if (Object.keys(patch).length === 0 && profiles === existing.profiles && name === existing.name)
    return undefined;
  return normalizeContact({ ...existing, ...patch, name, profiles, updatedAt: now });
}

/** A row without URL and a contact found by its name: can they be the same person? */
function agrees(contact: Contact, row: ConnectionRow): boolean {
  // Companies must agree (both empty counts); a date missing on either side contradicts
  // nothing (an earlier import may have left it empty), but two different dates are two people.
  const company = (contact.company ?? '').trim();
  const sameCompany = sameName(company, (row.company ?? '').trim());
  const sameDate =
    contact.connectedOn === undefined ||
    row.connectedOn === undefined ||
    contact.connectedOn === row.connectedOn;
  return sameCompany && sameDate;
}

/** What an existing contact is to a row: the same person, nobody, or more than one candidate. */
type Match = { contact: Contact } | { none: true; homonym: boolean } | { ambiguous: true };

async function existingFor(db: GuildDatabase, rows: readonly ConnectionRow[]) {
  const keys = rows.flatMap((r) => (r.profile ? [r.profile.key] : []));
  const byKey = new Map<string, Contact>();
  // A few hundred keys per look-up: 30,000 at once (a re-import of a full export) is one request
  // whose key sort and result delivery held the page for most of a second.
  for (const part of chunks(keys, KEY_LOOKUP)) {
    for (const contact of await db.contacts.where('profileKeys').anyOf(part).toArray()) {
      for (const key of contact.profileKeys) byKey.set(key, contact);
    }
  }
  // Old exports have no URL: such a row may match a same-named contact with no LinkedIn profile,
  // but only one whose company and connection date agree, and only when it is the only one.
  const names = rows.filter((r) => !r.profile).map((r) => r.name);
  // Ignoring case: "ADE BELLO" must see "Ade Bello" to know it is not alone with that name.
  const withoutLinkedIn = (await contactsNamedAnyOf(db, names)).filter(
    (c) => !c.profiles.some((p) => p.site === 'linkedin'),
  );
  // Comparing every row with every candidate is quadratic (an old export of 10,000 rows):
  // candidates are grouped by lower-cased name; a row scans them all only when its own group
  // is empty, for names the collator holds equal that lower-case differently (full-width letters).
  const byLowerName = new Map<string, Contact[]>();
  for (const contact of withoutLinkedIn) {
    const key = contact.name.toLowerCase();
    const group = byLowerName.get(key);
    if (group) group.push(contact);
    else byLowerName.set(key, [contact]);
  }
  const sameNamed = (name: string) => {
    const group = byLowerName.get(name.toLowerCase()) ?? withoutLinkedIn;
    return group.filter((c) => sameName(c.name, name));
  };
  return (row: ConnectionRow): Match => {
    if (row.profile) {
      const contact = byKey.get(row.profile.key);
      return contact ? { contact } : { none: true, homonym: false };
    }
    const named = sameNamed(row.name);
    const agreeing = named.filter((c) => agrees(c, row));
    if (agreeing.length === 1) return { contact: agreeing[0]! };
    if (agreeing.length > 1) return { ambiguous: true };
    return { none: true, homonym: named.length > 0 };
  };
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
  const report: ImportReport = withoutUndefined({
    encoding: parsed.encoding,
    bom: parsed.bom,
    refused: refusalIn(parsed.problems),
    added: [],
    updated: [],
    unchanged: [],
    skipped: parsed.problems.filter((p) => p.severity === 'skipped'),
    warnings: parsed.problems.filter((p) => p.severity === 'warning'),
  });
  if (report.refused) return report;
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
        const match = find(row);
        if ('ambiguous' in match) {
          report.skipped.push({
            row: row.row,
            severity: 'skipped',
            reason: 'ambiguous-match',
            detail: row.name,
          });
          continue;
        }
        if ('none' in match && match.homonym)
          report.warnings.push({ row: row.row, severity: 'warning', reason: 'homonym', detail: row.name });
        const existing = 'contact' in match ? match.contact : undefined;
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
  // Row problems in file order; a file's own notes (no row) after them.
  const byRow = (a: ImportProblem, b: ImportProblem) => (a.row ?? Infinity) - (b.row ?? Infinity);
  report.skipped.sort(byRow);
  report.warnings.sort(byRow);
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
