import { beforeEach, describe, expect, test } from 'vitest';
import { getDb, updateSettings } from '@/lib/db';
import { recentCopies, recordCopy } from '@/lib/snippets';
import { DAY, NOW, person } from '../give-first/build';

describe('recording copies', () => {
  beforeEach(async () => {
    const db = getDb();
    await Promise.all(
      [db.contacts, db.interactions, db.copyLogs, db.settings, db.tasks].map((t) => t.clear()),
    );
    await db.contacts.add(person(1, { name: 'Ana' }));
  });

  test('by default a copy is logged for the spam check and in the person’s history', async () => {
    const logged = await recordCopy(
      getDb(),
      { templateHash: 'h1', contactId: 1, kind: 'share', details: { resourceId: 12 } },
      NOW,
    );
    expect(logged).toBe(true);
    expect(await getDb().interactions.toArray()).toEqual([
      expect.objectContaining({ contactId: 1, kind: 'gave', direction: 'gave', resourceId: 12, date: NOW }),
    ]);
    expect((await getDb().contacts.get(1))?.lastInteractionAt).toBe(NOW);
  });

  test('with logOnCopy off only the copy log is kept', async () => {
    await updateSettings(getDb(), { logOnCopy: false });
    expect(await recordCopy(getDb(), { templateHash: 'h1', contactId: 1, kind: 'follow-up' }, NOW)).toBe(
      false,
    );
    expect(await getDb().interactions.count()).toBe(0);
    expect(await getDb().copyLogs.count()).toBe(1);
  });

  test('the spam window reads the last 7 days only', async () => {
    await recordCopy(getDb(), { templateHash: 'old', kind: 'opener' }, NOW - 8 * DAY);
    await recordCopy(getDb(), { templateHash: 'new', kind: 'opener' }, NOW - 1 * DAY);
    expect((await recentCopies(getDb(), NOW)).map((c) => c.templateHash)).toEqual(['new']);
  });
});
