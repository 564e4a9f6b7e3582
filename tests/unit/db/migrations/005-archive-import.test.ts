import { describe, expect, test } from 'vitest';
import { buildContact } from '@/lib/db';
import type { Interaction } from '@/lib/schemas/interaction';
import { readRaw } from './v1-sample';
import { createAtVersion, openUpgraded, useMigrationNames } from './migration-fixture';

/** A database exactly as version 4, the one before 5, left it. */
const createOldDatabase = (name: string, interactions: Interaction[]) =>
  createAtVersion(name, 4, async (old) => {
    await old.contacts.add(buildContact({ name: 'Ada' }, 1));
    await old.interactions.bulkAdd(interactions);
  });

describe('migration 5: import keys and open invitations (LinkedIn archive)', () => {
  const fresh = useMigrationNames();

  test('every interaction is kept exactly; the new index and table work', async () => {
    const name = fresh();
    await createOldDatabase(name, [
      { contactId: 1, kind: 'conversation', date: 10, topic: 'Rust' },
      { contactId: 1, kind: 'gave', date: 20, direction: 'gave' },
    ]);
    const before = (await readRaw(name, 'interactions')).rows;

    const db = await openUpgraded(name);
    expect(await db.interactions.toArray()).toEqual(before);
    // Entries typed by the user have no import key: they are not in the unique index.
    expect(await db.interactions.where('importKey').above('').count()).toBe(0);
    await db.interactions.add({
      contactId: 1,
      kind: 'message',
      date: 30,
      importKey: 'linkedin-archive:messages:1:2026-11',
      archive: { what: 'messages', month: '2026-11', sent: 2, received: 1 },
    });
    await expect(
      db.interactions.add({
        contactId: 1,
        kind: 'message',
        date: 31,
        importKey: 'linkedin-archive:messages:1:2026-11',
      }),
    ).rejects.toThrow();
    await db.invitations.add({ key: 'sent:linkedin:eve', direction: 'sent', name: 'Eve', sentAt: 1 });
    expect(await db.invitations.where('direction').equals('sent').count()).toBe(1);
    db.close();
    expect((await readRaw(name, 'interactions')).version).toBeGreaterThanOrEqual(5);
  });

  test('nothing to do: an empty database opens at version 5 with an empty invitations table', async () => {
    const name = fresh();
    await createOldDatabase(name, []);
    const db = await openUpgraded(name);
    expect(await db.invitations.count()).toBe(0);
    db.close();
  });
});
