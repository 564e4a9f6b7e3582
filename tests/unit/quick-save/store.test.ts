import { describe, expect, test } from 'vitest';
import { events, findByProfileKey } from '@/lib/db';
import { planQuickSave, storeQuickSave } from '@/lib/quick-save';
import { snapshotOf } from '../helpers';
import { saved, useFreshDb } from '../db/db-fixture';

const NOW = Date.UTC(2026, 10, 20, 19, 0);
const DAY = 24 * 3600_000;

describe('storeQuickSave', () => {
  const fresh = useFreshDb();

  test('an unsaved profile: contact, conversation, 24-hour tasks and the event list, in one go', async () => {
    const { db } = fresh;
    const event = await events.add(db, { name: 'Paris.js', date: NOW, format: 'in-person', contactIds: [] });
    const snapshot = snapshotOf('https://www.linkedin.com/in/jane-doe/');
    const who = { kind: 'snapshot' as const, snapshot };
    const plan = planQuickSave({
      input: { where: 'Paris.js', topic: 'Rust', promised: 'the slides', project: 'Ferris' },
      who,
      events: [event],
      now: NOW,
    });
    const stored = await storeQuickSave(db, who, plan, NOW);
    const contact = await findByProfileKey(db, 'linkedin:jane-doe');
    expect(contact).toMatchObject({
      id: stored.contactId,
      projects: ['Ferris'],
      howWeMet: { context: 'Paris.js', eventId: event.id },
      lastInteractionAt: NOW,
    });
    expect(await db.interactions.get(stored.interactionId)).toMatchObject({
      kind: 'conversation',
      topic: 'Rust',
    });
    const tasks = await db.tasks.toArray();
    expect(tasks.map((t) => [t.kind, t.status, t.due - NOW <= DAY, t.interactionId])).toEqual([
      ['send-promised', 'open', true, stored.interactionId],
    ]);
    expect((await events.get(db, event.id))?.contactIds).toEqual([stored.contactId]);
  });

  test('"we just talked" on X with someone saved from LinkedIn (name match confirmed): one contact, both profiles', async () => {
    const { db } = fresh;
    const jane = await saved(db, 'https://www.linkedin.com/in/jane-doe/');
    const onX = snapshotOf('https://x.com/janedoe');
    const who = { kind: 'snapshot' as const, snapshot: onX, contact: jane };
    const plan = planQuickSave({ input: { where: 'DevFest' }, who, events: [], now: NOW });
    const stored = await storeQuickSave(db, who, plan, NOW);
    expect(stored.contactId).toBe(jane.id);
    expect(await db.contacts.count()).toBe(1);
    expect((await db.contacts.get(jane.id))?.profileKeys.sort()).toEqual(['linkedin:jane-doe', 'x:janedoe']);
    expect((await db.tasks.toArray()).map((t) => t.kind)).toEqual(['follow-up']);
  });

  test('a saved contact keeps how you met; a person met without a profile is saved by name', async () => {
    const { db } = fresh;
    const jane = await saved(db, 'https://x.com/janedoe');
    await db.contacts.update(jane.id, { howWeMet: { context: 'DevFest' } });
    const current = (await db.contacts.get(jane.id))!;
    const who = { kind: 'contact' as const, contact: current };
    await storeQuickSave(
      db,
      who,
      planQuickSave({ input: { where: 'call' }, who, events: [], now: NOW }),
      NOW,
    );
    expect((await db.contacts.get(jane.id))?.howWeMet).toEqual({ context: 'DevFest' });

    const byName = { kind: 'name' as const, name: 'Ada Lovelace' };
    const stored = await storeQuickSave(
      db,
      byName,
      planQuickSave({ input: { where: 'Paris.js' }, who: byName, events: [], now: NOW }),
      NOW,
    );
    expect(await db.contacts.get(stored.contactId)).toMatchObject({ name: 'Ada Lovelace', profiles: [] });
  });
});
