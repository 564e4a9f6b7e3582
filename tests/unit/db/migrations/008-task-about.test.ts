import { describe, expect, test } from 'vitest';
import { buildContact, LATEST_VERSION } from '@/lib/db';
import { aboutOfTask } from '@/lib/db/migrations/008-task-about';
import { taskTitle } from '@/lib/quick-save/texts';
import type { Task } from '@/lib/schemas/task';
import { readRaw } from './v1-sample';
import { createAtVersion, openUpgraded, useMigrationNames } from './migration-fixture';

const base = { due: 100, status: 'open', origin: 'quick-save', createdAt: 1 } as const;

/** Tasks as version 7 stored them: titles written as sentences, in the language of the day. */
const V7_TASKS: Task[] = [
  { ...base, kind: 'connect', contactId: 1, title: 'Connect with Ada Lovelace on LinkedIn' },
  {
    ...base,
    kind: 'send-promised',
    contactId: 1,
    title: 'Send Ada Lovelace what you promised: the slides: part 2',
  },
  { ...base, kind: 'follow-up', contactId: 1, title: 'Send Ada Lovelace your follow-up message' },
  { ...base, kind: 'follow-up', contactId: 1, title: 'Ada Lovelace: review her PR' },
  // French, before the typography review (plain space before the colon, "suivi")…
  { ...base, kind: 'follow-up', contactId: 2, title: 'Envoyer votre message de suivi à Élodie Martin' },
  {
    ...base,
    kind: 'send-promised',
    contactId: 2,
    title: 'Envoyer à Élodie Martin ce que vous avez promis : mes notes',
  },
  { ...base, kind: 'follow-up', contactId: 2, title: 'Élodie Martin : un café' },
  // …and after it (no-break space, "relance").
  { ...base, kind: 'follow-up', contactId: 2, title: 'Envoyer votre message de relance à Élodie Martin' },
  { ...base, kind: 'follow-up', contactId: 2, title: 'Élodie Martin\u00a0: un café' },
  // Not recognisable: kept as they are.
  { ...base, kind: 'follow-up', contactId: 3, title: 'Send Bo Old-Name your follow-up message' },
  { ...base, kind: 'follow-up', contactId: 1, title: 'Something the user typed' },
  { ...base, kind: 'follow-up', origin: 'manual', contactId: 1, title: 'Ada Lovelace: typed by hand' },
  { ...base, kind: 'follow-up', origin: 'event', contactId: 1 },
  { ...base, kind: 'connect', contactId: 1, title: 'Send Ada Lovelace your follow-up message' },
];

const createV7Database = (name: string, tasks: Task[]) =>
  createAtVersion(name, 7, async (old) => {
    await old.contacts.bulkAdd([
      buildContact({ name: 'Ada Lovelace' }, 1),
      buildContact({ name: 'Élodie Martin' }, 1),
      // Renamed since its task was written.
      buildContact({ name: 'Bo New-Name' }, 1),
    ]);
    await old.tasks.bulkAdd(tasks);
  });

describe('migration 8: task titles become what they mean', () => {
  const fresh = useMigrationNames();

  test('every quick-save sentence, in English and both French wordings, becomes its meaning; the rest is kept exactly', async () => {
    const name = fresh();
    await createV7Database(name, V7_TASKS);
    const before = (await readRaw(name, 'tasks')).rows as (Task & { id: number })[];

    const db = await openUpgraded(name);
    const after = await db.tasks.toArray();
    const ada = { name: 'Ada Lovelace' };
    const elodie = { name: 'Élodie Martin' };
    expect(after.map((t) => t.about)).toEqual([
      { what: 'connect', ...ada },
      { what: 'send-promised', ...ada, promised: 'the slides: part 2' },
      { what: 'follow-up', ...ada },
      { what: 'next-step', ...ada, step: 'review her PR' },
      { what: 'follow-up', ...elodie },
      { what: 'send-promised', ...elodie, promised: 'mes notes' },
      { what: 'next-step', ...elodie, step: 'un café' },
      { what: 'follow-up', ...elodie },
      { what: 'next-step', ...elodie, step: 'un café' },
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // A meaning replaces its sentence; every other field is as it was.
    after.forEach((task, i) => {
      const old = before[i]!;
      if (task.about) {
        expect(task.title).toBeUndefined();
        expect({ ...task, about: undefined }).toEqual({ ...old, title: undefined, about: undefined });
      } else {
        expect(task).toEqual(old);
      }
    });
    // Now written in the language of the moment.
    expect(after.slice(0, 9).map((t) => taskTitle(t, 'fr'))).toEqual([
      'Se connecter avec Ada Lovelace sur LinkedIn',
      'Envoyer à Ada Lovelace ce que vous avez promis\u00a0: the slides: part 2',
      'Envoyer votre message de relance à Ada Lovelace',
      'Ada Lovelace\u00a0: review her PR',
      'Envoyer votre message de relance à Élodie Martin',
      'Envoyer à Élodie Martin ce que vous avez promis\u00a0: mes notes',
      'Élodie Martin\u00a0: un café',
      'Envoyer votre message de relance à Élodie Martin',
      'Élodie Martin\u00a0: un café',
    ]);
    expect(taskTitle(after[4]!, 'en')).toBe('Send Élodie Martin your follow-up message');
    expect(taskTitle(after[9]!, 'fr')).toBe('Send Bo Old-Name your follow-up message');
    db.close();
    expect((await readRaw(name, 'tasks')).version).toBe(LATEST_VERSION);
  });

  test('nothing to do: no tasks, or only tasks that already have a meaning', async () => {
    const empty = fresh();
    await createV7Database(empty, []);
    const db = await openUpgraded(empty);
    expect(await db.tasks.count()).toBe(0);
    db.close();
    expect(
      aboutOfTask(
        {
          id: 1,
          kind: 'follow-up',
          origin: 'quick-save',
          title: 'x',
          about: { what: 'follow-up', name: 'A' },
        },
        'A',
      ),
    ).toBeUndefined();
  });

  test('a name with regular-expression characters or a colon is matched as written', () => {
    const task = (title: string) => ({ id: 1, kind: 'follow-up', origin: 'quick-save', contactId: 1, title });
    expect(aboutOfTask(task('Dr. A.(B): C: call back'), 'Dr. A.(B): C')).toEqual({
      what: 'next-step',
      name: 'Dr. A.(B): C',
      step: 'call back',
    });
    expect(aboutOfTask(task('Dr. A.(B): C: '), 'Dr. A.(B): C')).toBeUndefined();
  });
});
