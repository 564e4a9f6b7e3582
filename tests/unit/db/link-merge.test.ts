import { describe, expect, test } from 'vitest';
import {
  ProfileInUseError,
  countContacts,
  events,
  findByProfileKey,
  linkProfile,
  logInteraction,
  createTask,
  opportunities,
  saveFromSnapshot,
} from '@/lib/db';
import { mergeContacts } from '@/lib/db/merge-contacts';
import { profileFromUrl } from '@/lib/profiles/detect';
import { snapshotOf } from '../helpers';
import { saved, useFreshDb } from './db-fixture';

const xJane = profileFromUrl('https://x.com/janedoe')!;

describe('link a second profile', () => {
  const t = useFreshDb();

  test('the X profile joins the LinkedIn contact; both keys find the same person', async () => {
    const jane = await saved(t.db, 'https://www.linkedin.com/in/jane-doe/');
    const linked = await linkProfile(t.db, jane.id, xJane, 2000);
    expect(linked.profileKeys).toEqual(['linkedin:jane-doe', 'x:janedoe']);
    expect((await findByProfileKey(t.db, 'x:janedoe'))?.id).toBe(jane.id);
    // Saving from the X page now updates the same contact.
    await saveFromSnapshot(t.db, snapshotOf('https://x.com/janedoe', { name: 'Jane' }), 3000);
    expect(await countContacts(t.db)).toBe(1);
    expect(await linkProfile(t.db, jane.id, xJane)).toMatchObject({ profileKeys: linked.profileKeys });
  });

  test("linking someone else's profile throws ProfileInUseError and changes nothing", async () => {
    const jane = await saved(t.db, 'https://www.linkedin.com/in/jane-doe/');
    const other = await saved(t.db, 'https://x.com/janedoe', 'J');
    const error = await linkProfile(t.db, jane.id, xJane).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileInUseError);
    expect(error).toMatchObject({ ownerId: other.id, profileKey: 'x:janedoe' });
    expect((await t.db.contacts.get(jane.id))?.profileKeys).toEqual(['linkedin:jane-doe']);
  });
});

describe('merge two contacts', () => {
  const t = useFreshDb();

  test('profiles, tags, notes, interactions, tasks and references are all kept on one contact', async () => {
    const keep = await saved(t.db, 'https://www.linkedin.com/in/jane-doe/', 'Jane Doe', 1000);
    const other = await saved(t.db, 'https://x.com/janedoe', '@janedoe', 500);
    const third = await saved(t.db, 'https://x.com/bob', 'Bob', 500);
    await t.db.contacts.update(keep.id, { tags: ['react'], notes: 'Met at JSConf', circle: 'acquaintance' });
    await t.db.contacts.update(other.id, {
      tags: ['react', 'rust'],
      notes: 'Wants a review',
      circle: 'active',
      company: 'Acme',
    });
    await logInteraction(t.db, { contactId: keep.id, kind: 'call', date: 3000 });
    await logInteraction(t.db, { contactId: other.id, kind: 'message', date: 4000 });
    await logInteraction(t.db, {
      contactId: third.id,
      kind: 'introduced',
      date: 10,
      otherContactId: other.id,
    });
    await createTask(t.db, { kind: 'follow-up', contactId: other.id, due: 5000, origin: 'manual' });
    const event = await events.add(t.db, {
      name: 'Meetup',
      date: 1,
      format: 'in-person',
      contactIds: [keep.id, other.id, third.id],
    });
    const opp = await opportunities.add(t.db, {
      kind: 'job',
      date: 1,
      status: 'open',
      tags: [],
      sourceContactId: other.id,
    });

    const merged = await mergeContacts(t.db, keep.id, other.id, 9000);

    expect(merged).toMatchObject({
      id: keep.id,
      name: 'Jane Doe',
      company: 'Acme',
      profileKeys: ['linkedin:jane-doe', 'x:janedoe'],
      tags: ['react', 'rust'],
      notes: 'Met at JSConf\n\nWants a review',
      circle: 'active',
      createdAt: 500,
      updatedAt: 9000,
      lastInteractionAt: 4000,
    });
    expect(await t.db.contacts.get(other.id)).toBeUndefined();
    expect(await t.db.contacts.get(keep.id)).toEqual(merged);
    expect((await t.db.interactions.where('contactId').equals(keep.id).toArray()).map((i) => i.kind)).toEqual(
      ['call', 'message'],
    );
    expect((await t.db.interactions.where('contactId').equals(third.id).first())?.otherContactId).toBe(
      keep.id,
    );
    expect((await t.db.tasks.toArray()).map((x) => x.contactId)).toEqual([keep.id]);
    expect((await events.get(t.db, event.id))?.contactIds).toEqual([keep.id, third.id]);
    expect((await opportunities.get(t.db, opp.id))?.sourceContactId).toBe(keep.id);
    expect((await findByProfileKey(t.db, 'x:janedoe'))?.id).toBe(keep.id);
  });

  test('merging a contact with itself or a missing one fails without writing', async () => {
    const keep = await saved(t.db, 'https://www.linkedin.com/in/jane-doe/');
    await expect(mergeContacts(t.db, keep.id, keep.id)).rejects.toThrow('itself');
    await expect(mergeContacts(t.db, keep.id, 999)).rejects.toThrow('contact 999 does not exist');
    expect(await countContacts(t.db)).toBe(1);
  });
});
