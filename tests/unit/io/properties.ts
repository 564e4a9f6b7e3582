import fc from 'fast-check';
import { expect } from 'vitest';
import { GuildDatabase, updateSettings } from '@/lib/db';
import { createBackup, serializeBackup } from '@/lib/io/backup';
import { restoreText } from './restore-text';
import { importConnections, parseConnections } from '@/lib/io/linkedin-import';
import { ContactSchema } from '@/lib/schemas/contact';
import { addressBookArb, profileArb, type AddressBook } from '../arbitraries';
import { freshDbName } from '../helpers';
import { everything } from '../db/db-fixture';

/** Shared by the quick unit run and the long fuzz run; only the number of runs differs. */

async function store(db: GuildDatabase, book: AddressBook) {
  await db.contacts.bulkAdd(book.contacts.map((c) => ContactSchema.parse(c)));
  await db.interactions.bulkAdd(book.interactions);
  await db.tasks.bulkAdd(book.tasks);
  await db.resources.bulkAdd(book.resources);
  if (book.settings) await updateSettings(db, book.settings);
}

/** Backup → restore into an empty database gives back identical data. */
export async function backupRoundTrip(numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(addressBookArb, async (book) => {
      const source = new GuildDatabase(freshDbName());
      const target = new GuildDatabase(freshDbName());
      try {
        await store(source, book);
        const result = await restoreText(target, serializeBackup(await createBackup(source)));
        expect(result.ok).toBe(true);
        expect(await everything(target)).toEqual(await everything(source));
      } finally {
        await Promise.all([source.delete(), target.delete()]);
      }
    }),
    { numRuns },
  );
}

const HEADERS = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Last Name,First Name,Company',
  'First Name,Last Name,URL',
];
const nasty = fc.constantFrom('', ',', '"', '""', '\n', '\r\n', '=1+1', '\uFEFF', ';', '\\', 'é', '李');
const cellArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  nasty,
  profileArb.map((p) => p.url),
  fc.constantFrom('7 Nov 2025', '31 Feb 2024', '15 Mar 2024'),
);
const csvCell = fc
  .tuple(cellArb, fc.boolean())
  .map(([c, quoted]) => (quoted || /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c));

/** CSV-ish text: an optional preamble, maybe a header, rows of random cells, random line endings. */
export const csvTextArb = fc
  .record({
    preamble: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
    header: fc.option(fc.constantFrom(...HEADERS)),
    rows: fc.array(fc.array(csvCell, { maxLength: 8 }), { maxLength: 30 }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
  })
  .map(
    ({ preamble, header, rows, eol, bom }) =>
      (bom ? '\uFEFF' : '') +
      [...preamble, ...(header ? [header] : []), ...rows.map((r) => r.join(','))].join(eol),
  );

/**
 * Random CSV never crashes the importer; a successful import accounts for
 * every contact it wrote; a failing one (progress callback throws) writes nothing.
 */
export async function importerNeverPartial(numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(csvTextArb, fc.string({ maxLength: 300 })),
      fc.integer({ min: 0, max: 3 }),
      async (text, failAt) => {
        const db = new GuildDatabase(freshDbName());
        try {
          const parsed = parseConnections(text);
          const first = await importConnections(db, parsed);
          expect(await db.contacts.count()).toBe(first.added.length);
          const before = await everything(db);
          let calls = 0;
          const result = await importConnections(db, parseConnections(text), () => {
            if (calls++ === failAt) throw new Error('interrupted');
          }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
          if (result instanceof Error) {
            expect(result.message).toBe('interrupted');
            expect(await everything(db)).toEqual(before);
          } else {
            // The same file again adds nothing.
            expect(result.added).toEqual([]);
          }
        } finally {
          await db.delete();
        }
      },
    ),
    { numRuns },
  );
}
