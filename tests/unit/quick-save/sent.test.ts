import { describe, expect, test } from 'vitest';
import { planQuickSave, recordFollowUpSent, storeQuickSave } from '@/lib/quick-save';
import { balances } from '@/lib/stats';
import { snapshotOf } from '../helpers';
import { useFreshDb } from '../db/db-fixture';

const NOW = Date.UTC(2026, 10, 20, 19, 0);

describe('recordFollowUpSent', () => {
  const fresh = useFreshDb();

  async function quickSave(input: Parameters<typeof planQuickSave>[0]['input']) {
    const who = { kind: 'snapshot' as const, snapshot: snapshotOf('https://x.com/janedoe') };
    const plan = planQuickSave({ input, who, events: [], now: NOW });
    return storeQuickSave(fresh.db, who, plan, NOW);
  }

  test('a promise sent is one gift; its task and the follow-up are done; "connect" stays open', async () => {
    const { db } = fresh;
    const stored = await quickSave({ where: 'DevFest', promised: 'my notes' });
    await recordFollowUpSent(db, { ...stored, promised: 'my notes' }, NOW + 1000);
    const interactions = await db.interactions.toArray();
    expect(interactions.map((i) => [i.kind, i.direction, i.topic])).toEqual([
      ['conversation', undefined, undefined],
      ['gave', 'gave', 'my notes'],
    ]);
    expect(balances(interactions, []).overall.gave).toBe(1);
    expect((await db.tasks.toArray()).map((t) => [t.kind, t.status])).toEqual([
      ['connect', 'open'],
      ['send-promised', 'done'],
    ]);
  });

  test('without a promise it is a message; a next step typed stays open', async () => {
    const { db } = fresh;
    const stored = await quickSave({ where: 'DevFest', nextStep: 'coffee' });
    await recordFollowUpSent(db, { ...stored, nextStep: 'coffee' }, NOW + 1000);
    expect((await db.interactions.toArray()).map((i) => i.kind)).toEqual(['conversation', 'message']);
    expect((await db.tasks.toArray()).map((t) => [t.kind, t.status])).toEqual([
      ['connect', 'open'],
      ['follow-up', 'open'],
    ]);
  });
});
