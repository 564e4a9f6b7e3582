import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildContact, deleteContact, GuildDatabase, restoreDeleted } from '@/lib/db';
import { dropContactIndex, liveContactIndex, type ContactIndex } from '@/lib/search';
import { freshDbName } from '../helpers';

async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('live contact index', () => {
  let db: GuildDatabase;
  let index: ContactIndex;
  beforeEach(async () => {
    db = new GuildDatabase(freshDbName());
    await db.contacts.bulkAdd(
      Array.from({ length: 2500 }, (_, i) => buildContact({ name: `Person ${i}`, company: 'Acme' }, i)),
    );
    index = liveContactIndex(db);
  });
  afterEach(async () => {
    dropContactIndex(db.name);
    await db.delete();
  });

  test('loads every contact in pages, then follows adds, edits, deletes and undo', async () => {
    await until(() => !index.getStatus().loading);
    expect(index.size).toBe(2500);
    const id = (await db.contacts.add(
      buildContact({ name: 'Thomas Nguyen', company: 'Qonto' }, 0),
    )) as number;
    await until(() => index.get(id) !== undefined);
    expect(index.ordered('name').at(-1)?.name).toBe('Thomas Nguyen');

    await db.contacts.update(id, { company: 'Alan' });
    await until(() => index.get(id)?.company === 'Alan');
    expect(index.get(id)?.text).toContain('alan');

    const undo = await deleteContact(db, id);
    await until(() => index.get(id) === undefined);
    await restoreDeleted(db, undo!);
    await until(() => index.get(id) !== undefined);

    await db.contacts.clear();
    await until(() => index.size === 0 && !index.getStatus().loading);
  });
});
