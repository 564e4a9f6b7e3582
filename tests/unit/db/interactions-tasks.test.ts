import { describe, expect, test } from 'vitest';
import {
  completeTask,
  createTask,
  deleteInteraction,
  interactionsOf,
  logInteraction,
  openTasks,
  reopenTask,
  snoozeTask,
  tasksOf,
} from '@/lib/db';
import { saved, useFreshDb } from './db-fixture';

describe('interactions', () => {
  const t = useFreshDb();

  test('logging moves lastInteractionAt forward, never back, and closes keep-in-touch tasks', async () => {
    const jane = await saved(t.db, 'https://x.com/jane');
    const keep = await createTask(t.db, {
      kind: 'keep-in-touch',
      contactId: jane.id,
      due: 10,
      origin: 'routine',
    });
    const follow = await createTask(t.db, {
      kind: 'follow-up',
      contactId: jane.id,
      due: 10,
      origin: 'manual',
    });
    const logged = await logInteraction(
      t.db,
      { contactId: jane.id, kind: 'call', date: 5000, minutes: 15 },
      6000,
    );
    expect(logged).toEqual({ id: logged.id, contactId: jane.id, kind: 'call', date: 5000, minutes: 15 });
    await logInteraction(t.db, { contactId: jane.id, kind: 'message', date: 2000 });
    expect(await t.db.contacts.get(jane.id)).toMatchObject({ lastInteractionAt: 5000, updatedAt: 6000 });
    expect((await interactionsOf(t.db, jane.id)).map((i) => i.date)).toEqual([5000, 2000]);
    expect(await t.db.tasks.get(keep.id)).toMatchObject({ status: 'done', doneAt: 6000 });
    expect(await t.db.tasks.get(follow.id)).toMatchObject({ status: 'open' });
  });

  test('an interaction for a missing contact, or an invalid one, writes nothing', async () => {
    await expect(logInteraction(t.db, { contactId: 42, kind: 'call', date: 1 })).rejects.toThrow('42');
    const jane = await saved(t.db, 'https://x.com/jane');
    await expect(logInteraction(t.db, { contactId: jane.id, kind: 'call', date: -1 })).rejects.toThrow();
    expect(await t.db.interactions.count()).toBe(0);
  });

  test('deleting an interaction recomputes lastInteractionAt', async () => {
    const jane = await saved(t.db, 'https://x.com/jane');
    const a = await logInteraction(t.db, { contactId: jane.id, kind: 'call', date: 1000 });
    const b = await logInteraction(t.db, { contactId: jane.id, kind: 'call', date: 2000 });
    await deleteInteraction(t.db, b.id);
    expect((await t.db.contacts.get(jane.id))?.lastInteractionAt).toBe(1000);
    await deleteInteraction(t.db, a.id);
    expect((await t.db.contacts.get(jane.id))?.lastInteractionAt).toBeUndefined();
  });
});

describe('tasks', () => {
  const t = useFreshDb();

  test('create, list open ones soonest first, snooze, complete, reopen', async () => {
    const jane = await saved(t.db, 'https://x.com/jane');
    const a = await createTask(
      t.db,
      { kind: 'follow-up', contactId: jane.id, due: 100, origin: 'quick-save' },
      50,
    );
    const b = await createTask(
      t.db,
      { kind: 'reminder', due: 200, origin: 'manual', title: 'Write talk' },
      50,
    );
    await createTask(t.db, { kind: 'reminder', due: 900, origin: 'manual' }, 50);
    expect(a).toEqual({
      id: a.id,
      kind: 'follow-up',
      contactId: jane.id,
      due: 100,
      status: 'open',
      origin: 'quick-save',
      createdAt: 50,
    });
    expect((await openTasks(t.db)).map((x) => x.due)).toEqual([100, 200, 900]);
    await snoozeTask(t.db, a.id, 500);
    expect(await t.db.tasks.get(a.id)).toMatchObject({ status: 'open', due: 100, snoozedUntil: 500 });
    await completeTask(t.db, b.id, 400);
    expect(await t.db.tasks.get(b.id)).toMatchObject({ status: 'done', doneAt: 400 });
    expect((await openTasks(t.db)).map((x) => x.due)).toEqual([100, 900]);
    const reopened = await reopenTask(t.db, b.id);
    expect(reopened.status).toBe('open');
    expect(reopened.doneAt).toBeUndefined();
    expect((await tasksOf(t.db, jane.id)).map((x) => x.id)).toEqual([a.id]);
    await expect(completeTask(t.db, 999)).rejects.toThrow('task 999 does not exist');
  });
});
