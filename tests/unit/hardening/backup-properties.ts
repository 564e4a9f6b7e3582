import fc from 'fast-check';
import { expect } from 'vitest';
import { eraseEverything } from '@/components/dashboard/data/files';
import { GuildDatabase, updateSettings } from '@/lib/db';
import { createBackup, serializeBackup } from '@/lib/io';
import { restoreText } from '../io/restore-text';
import { ContactSchema } from '@/lib/schemas/contact';
import { addressBookArb } from '../arbitraries';
import { freshDbName } from '../helpers';
import { everything } from '../db/db-fixture';

/** Shared by the quick unit run and the long fuzz run; only the number of runs differs. */

/**
 * The user's own path, in one database: back up, "delete everything" (the
 * dashboard's eraseEverything), restore the file → identical data and ids.
 */
export async function backupEraseRestore(numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(addressBookArb, async (book) => {
      const db = new GuildDatabase(freshDbName());
      try {
        await db.contacts.bulkAdd(book.contacts.map((c) => ContactSchema.parse(c)));
        await db.interactions.bulkAdd(book.interactions);
        await db.tasks.bulkAdd(book.tasks);
        await db.resources.bulkAdd(book.resources);
        if (book.settings) await updateSettings(db, book.settings);
        const before = await everything(db);
        const file = serializeBackup(await createBackup(db));
        await eraseEverything(db);
        expect(Object.values(await everything(db)).every((rows) => (rows as unknown[]).length === 0)).toBe(
          true,
        );
        expect((await restoreText(db, file)).ok).toBe(true);
        expect(await everything(db)).toEqual(before);
      } finally {
        await db.delete();
      }
    }),
    { numRuns },
  );
}
