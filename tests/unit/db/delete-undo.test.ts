import { describe, expect, test } from 'vitest';
import {
  createTask,
  deleteContact,
  deleteContacts,
  events,
  logInteraction,
  opportunities,
  restoreDeleted,
  saveFromSnapshot,
} from '@/lib/db';
import { snapshotOf } from '../helpers';
import { everything, saved, useFreshDb } from './db-fixture';

describe('delete with undo', () => {
  const t = useFreshDb();

  test('delete removes the contact and its records; restore puts every record back exactly', async () => {
    const jane = await saved(t.db, 'https://x.com/jane');
    const bob = await saved(t.db, 'https://x.com/bob', 'Bob');
    await logInteraction(t.db, { contactId: jane.id, kind: 'call', date: 1 });
    await logInteraction(t.db, { contactId: bob.id, kind: 'introduced', date: 2, otherContactId: jane.id });
    await createTask(t.db, { kind: 'follow-up', contactId: jane.id, due: 3, origin: 'manual' });
    await t.db.suggestionStates.add({ contactId: jane.id, key: 'share:1', state: 'done', at: 1, until: 2 });
    await t.db.copyLogs.add({ templateHash: 'h', contactId: jane.id, at: 1 });
    await events.add(t.db, { name: 'E', date: 1, format: 'virtual', contactIds: [jane.id, bob.id] });
    await opportunities.add(t.db, {
      kind: 'job',
      date: 1,
      status: 'open',
      tags: [],
      sourceContactId: jane.id,
    });
    const before = await everything(t.db);

    const token = await deleteContact(t.db, jane.id);
    expect(token?.contact.id).toBe(jane.id);
    expect(await t.db.contacts.get(jane.id)).toBeUndefined();
    expect(await t.db.interactions.count()).toBe(1);
    expect((await t.db.interactions.toArray())[0]?.otherContactId).toBeUndefined();
    expect(await t.db.tasks.count()).toBe(0);
    expect(await t.db.suggestionStates.count()).toBe(0);
    expect(await t.db.copyLogs.count()).toBe(0);
    expect((await t.db.events.toArray())[0]?.contactIds).toEqual([bob.id]);
    expect((await t.db.opportunities.toArray())[0]?.sourceContactId).toBeUndefined();

    await restoreDeleted(t.db, token!);
    expect(await everything(t.db)).toEqual(before);
  });

  test('many at once: records they share are changed once, and undo puts everything back', async () => {
    const jane = await saved(t.db, 'https://x.com/jane');
    const bob = await saved(t.db, 'https://x.com/bob', 'Bob');
    const ada = await saved(t.db, 'https://x.com/ada', 'Ada');
    // Between the two deleted people, and from a kept person to a deleted one.
    await logInteraction(t.db, { contactId: jane.id, kind: 'introduced', date: 1, otherContactId: bob.id });
    await logInteraction(t.db, { contactId: ada.id, kind: 'introduced', date: 2, otherContactId: jane.id });
    await createTask(t.db, { kind: 'follow-up', contactId: bob.id, due: 3, origin: 'manual' });
    await events.add(t.db, { name: 'E', date: 1, format: 'virtual', contactIds: [jane.id, bob.id, ada.id] });
    const before = await everything(t.db);

    const token = await deleteContacts(t.db, [jane.id, bob.id, jane.id, 999]);
    expect(token.contacts.map((c) => c.name).sort()).toEqual(['Bob', 'Jane Doe']);
    expect((await t.db.contacts.toArray()).map((c) => c.name)).toEqual(['Ada']);
    expect(await t.db.tasks.count()).toBe(0);
    const left = await t.db.interactions.toArray();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ contactId: ada.id });
    expect(left[0]?.otherContactId).toBeUndefined();
    expect(token.changed.events).toHaveLength(1);
    expect((await t.db.events.toArray())[0]?.contactIds).toEqual([ada.id]);

    await restoreDeleted(t.db, token);
    expect(await everything(t.db)).toEqual(before);
  });

  test('deleting a missing contact returns undefined', async () => {
    expect(await deleteContact(t.db, 5)).toBeUndefined();
  });

  test('undo after the profile was saved again fails and writes nothing', async () => {
    const jane = await saved(t.db, 'https://x.com/jane');
    await logInteraction(t.db, { contactId: jane.id, kind: 'call', date: 1 });
    const token = await deleteContact(t.db, jane.id);
    await saveFromSnapshot(t.db, snapshotOf('https://x.com/jane'));
    const before = await everything(t.db);
    await expect(restoreDeleted(t.db, token!)).rejects.toThrow();
    expect(await everything(t.db)).toEqual(before);
  });
});
