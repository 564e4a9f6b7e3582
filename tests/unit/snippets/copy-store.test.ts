import { beforeEach, describe, expect, test } from 'vitest';
import { getDb } from '@/lib/db';
import { recentCopies, recordCopy, recordSent } from '@/lib/snippets';
import { DAY, NOW, person } from '../give-first/build';

describe('recording copies and sent messages', () => {
  beforeEach(async () => {
    const db = getDb();
    await Promise.all(
      [db.contacts, db.interactions, db.copyLogs, db.settings, db.tasks].map((t) => t.clear()),
    );
    await db.contacts.add(person(1, { name: 'Ana' }));
  });

  test('copying is not giving: a copy, even twice, is kept for the spam check only', async () => {
    await recordCopy(getDb(), { templateHash: 'h1', contactId: 1 }, NOW);
    await recordCopy(getDb(), { templateHash: 'h1', contactId: 1 }, NOW + 1000);
    expect(await getDb().interactions.count()).toBe(0);
    expect(await getDb().copyLogs.count()).toBe(2);
  });

  test('"Sent" logs the gift with what was given, once', async () => {
    await recordSent(getDb(), { contactId: 1, kind: 'share', details: { resourceId: 12 } }, NOW);
    expect(await getDb().interactions.toArray()).toEqual([
      expect.objectContaining({ contactId: 1, kind: 'gave', direction: 'gave', resourceId: 12, date: NOW }),
    ]);
    expect((await getDb().contacts.get(1))?.lastInteractionAt).toBe(NOW);
  });

  test('a sent follow-up or opener is a message, not a gift', async () => {
    await recordSent(getDb(), { contactId: 1, kind: 'follow-up' }, NOW);
    const [logged] = await getDb().interactions.toArray();
    expect(logged).toMatchObject({ kind: 'message' });
    expect(logged?.direction).toBeUndefined();
  });

  test('the spam window reads the last 7 days only', async () => {
    await recordCopy(getDb(), { templateHash: 'old' }, NOW - 8 * DAY);
    await recordCopy(getDb(), { templateHash: 'new' }, NOW - 1 * DAY);
    expect((await recentCopies(getDb(), NOW)).map((c) => c.templateHash)).toEqual(['new']);
  });
});
