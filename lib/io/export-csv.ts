import Papa from 'papaparse';
import type { Contact } from '../schemas/contact';
import { neutralizeCell } from './csv-cell';
import { mapWithProgress, type OnProgress } from './progress';

const day = (time: number | undefined) =>
  time === undefined ? '' : new Date(time).toISOString().slice(0, 10);
const list = (items: readonly string[]) => items.join('; ');

/** The columns of the contacts export, in order, and how each is read from a contact. */
const COLUMNS: [string, (c: Contact) => string][] = [
  ['Name', (c) => c.name],
  ['Headline', (c) => c.headline ?? ''],
  ['Company', (c) => c.company ?? ''],
  ['Position', (c) => c.position ?? ''],
  ['Location', (c) => c.location ?? ''],
  ['Email', (c) => c.email ?? ''],
  ['LinkedIn', (c) => list(c.profiles.filter((p) => p.site === 'linkedin').map((p) => p.url))],
  ['X', (c) => list(c.profiles.filter((p) => p.site === 'x').map((p) => p.url))],
  ['Circle', (c) => c.circle],
  ['Tags', (c) => list(c.tags)],
  ['Interests', (c) => list(c.interests)],
  ['Projects', (c) => list(c.projects)],
  ['Needs', (c) => list(c.needs)],
  ['Offers', (c) => list(c.offers)],
  ['Notes', (c) => c.notes],
  ['Connected on', (c) => day(c.connectedOn)],
  ['Saved on', (c) => day(c.createdAt)],
  ['Last interaction', (c) => day(c.lastInteractionAt)],
];

/**
 * Contacts as a CSV file (UTF-8 with BOM so spreadsheets read accents, CRLF),
 * every cell neutralised against formula injection.
 */
export function contactsToCsv(contacts: readonly Contact[], onProgress?: OnProgress): string {
  const rows = mapWithProgress(
    contacts,
    'formatting',
    (contact) => COLUMNS.map(([, read]) => neutralizeCell(read(contact))),
    onProgress,
  );
  const body = Papa.unparse(
    { fields: COLUMNS.map(([name]) => name), data: rows },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `\uFEFF${body}\r\n`;
}
