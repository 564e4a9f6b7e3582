import { describe, expect, test } from 'vitest';
import { communities, resources, routineSessions, setCommunityPhase, snippets } from '@/lib/db';
import { useFreshDb } from './db-fixture';

describe('CRUD helpers', () => {
  const t = useFreshDb();

  test('resources: add, get, update, all, remove; invalid data refused', async () => {
    const r = await resources.add(t.db, {
      url: 'https://example.org/a',
      title: 'A',
      tags: ['react'],
      addedAt: 1,
    });
    expect(await resources.get(t.db, r.id)).toEqual(r);
    expect(await resources.update(t.db, r.id, { title: 'B' })).toEqual({ ...r, title: 'B' });
    await expect(resources.update(t.db, r.id, { url: 'javascript:alert(1)' })).rejects.toThrow();
    await expect(resources.add(t.db, { url: 'nope', title: 'A', tags: [], addedAt: 1 })).rejects.toThrow();
    expect(await resources.all(t.db)).toHaveLength(1);
    await resources.remove(t.db, r.id);
    expect(await resources.all(t.db)).toEqual([]);
    await expect(resources.update(t.db, r.id, { title: 'C' })).rejects.toThrow('does not exist');
  });

  test('save adds without an id and puts with one', async () => {
    const fields = { url: 'https://example.org/a', title: 'A', tags: [], addedAt: 1 };
    const r = await resources.save(t.db, { ...fields, id: undefined });
    expect(await resources.get(t.db, r.id)).toEqual(r);
    expect(await resources.save(t.db, { ...fields, title: 'B', id: r.id })).toEqual({ ...r, title: 'B' });
    expect(await resources.all(t.db)).toEqual([{ ...r, title: 'B' }]);
  });

  test('snippets and routine sessions round-trip', async () => {
    const s = await snippets.add(t.db, {
      language: 'en',
      kind: 'custom',
      title: 'Hi',
      body: 'Hello {{name}}',
      updatedAt: 1,
    });
    expect(await snippets.get(t.db, s.id)).toEqual(s);
    const r = await routineSessions.add(t.db, { day: 'monday', startedAt: 1, minutes: 10, actions: [] });
    expect(await routineSessions.all(t.db)).toEqual([r]);
  });

  test('a community phase change is dated and resets the ticked actions', async () => {
    const c = await communities.add(t.db, {
      name: 'Rust FR',
      platform: 'discord',
      phase: 'observe',
      phaseHistory: [{ phase: 'observe', since: 1 }],
      doneActions: ['read-rules'],
    });
    const next = await setCommunityPhase(t.db, c.id, 'participate', 50);
    expect(next).toEqual({
      ...c,
      phase: 'participate',
      phaseHistory: [
        { phase: 'observe', since: 1 },
        { phase: 'participate', since: 50 },
      ],
      doneActions: [],
    });
  });
});
