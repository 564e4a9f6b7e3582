import { describe, expect, test } from 'vitest';
import { buildContact } from '@/lib/db';
import type { Contact } from '@/lib/schemas/contact';
import {
  ContactIndex,
  SearchSession,
  charMask,
  entryOf,
  isDue,
  runQuery,
  type QueryContext,
} from '@/lib/search';
import { defaultSettings } from '@/lib/schemas/settings';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20);
const ctx: QueryContext = { now: NOW, cadence: defaultSettings().cadenceDays };

function contact(id: number, fields: Partial<Contact> & { name: string }): Contact & { id: number } {
  return { ...buildContact(fields, NOW - 100 * DAY), id };
}

const people = [
  contact(1, { name: 'Thomas Nguyen', company: 'Qonto', tags: ['payments'], circle: 'close' }),
  contact(2, { name: 'Camille Lefèvre', company: 'Doctolib', notes: 'Met at ReactConf, loves Rust' }),
  contact(3, { name: 'Inès Benali', headline: 'Freelance React', tags: ['react'], communityIds: [7] }),
  contact(4, { name: 'Zoé Martin', circle: 'dormant', howWeMet: { eventId: 9 } }),
];

function indexOf(list: (Contact & { id: number })[]) {
  const index = new ContactIndex();
  index.apply(list.map(entryOf));
  return index;
}

describe('contacts search index', () => {
  test('finds by name, company, headline, tag and notes, any case, every word', () => {
    const index = indexOf(people);
    const ids = (text: string) => runQuery(index.ordered('name'), { text }, ctx).map((e) => e.id);
    expect(ids('qonto')).toEqual([1]);
    expect(ids('RUST')).toEqual([2]);
    expect(ids('react')).toEqual([2, 3]);
    expect(ids('react freelance')).toEqual([3]);
    expect(ids('payments')).toEqual([1]);
    expect(ids('lefèvre')).toEqual([2]);
    expect(ids('')).toEqual([2, 3, 1, 4]);
  });

  test('filters by circle, tag, community, event met at and keep-in-touch due', () => {
    const index = indexOf(people);
    const ids = (filter: object, extra: Partial<QueryContext> = {}) =>
      runQuery(index.ordered('name'), { text: '', ...filter }, { ...ctx, ...extra }).map((e) => e.id);
    expect(ids({ circle: 'close' })).toEqual([1]);
    expect(ids({ tag: 'react' })).toEqual([3]);
    expect(ids({ communityId: 7 })).toEqual([3]);
    expect(ids({ eventId: 9 })).toEqual([4]);
    expect(ids({ eventId: 9 }, { eventContactIds: new Set([1]) })).toEqual([1, 4]);
    // Saved 100 days ago: close (14 d), acquaintance (90 d) are due; dormant never.
    expect(ids({ due: true })).toEqual([2, 3, 1]);
  });

  test('keep-in-touch counts from the last interaction and honours a cadence override', () => {
    const recent = entryOf(contact(5, { name: 'A', lastInteractionAt: NOW - 10 * DAY, circle: 'close' }));
    expect(isDue(recent, ctx.cadence, NOW)).toBe(false);
    expect(isDue({ ...recent, cadenceDays: 7 }, ctx.cadence, NOW)).toBe(true);
  });

  test('sorts by name, company and dates, both ways, and stays sorted when patched', () => {
    const index = indexOf(people);
    expect(runQuery(index.ordered('company'), { text: '' }, ctx).map((e) => e.id)).toEqual([2, 1, 3, 4]);
    expect(runQuery(index.ordered('name'), { text: '' }, ctx, true).map((e) => e.id)).toEqual([4, 1, 3, 2]);
    index.apply([entryOf(contact(5, { name: 'Bob Adams' }))], [1]);
    expect(index.ordered('name').map((e) => e.name)).toEqual([
      'Bob Adams',
      'Camille Lefèvre',
      'Inès Benali',
      'Zoé Martin',
    ]);
    index.apply([entryOf(contact(2, { name: 'Alice Camille' }))]);
    expect(index.ordered('name')[0]?.id).toBe(2);
    expect(index.size).toBe(4);
  });

  test('tag counts, most used first', () => {
    const index = indexOf([...people, contact(6, { name: 'B', tags: ['react'] })]);
    expect(index.tagCounts()).toEqual([
      ['react', 2],
      ['payments', 1],
    ]);
  });
});

describe('search session', () => {
  test('typing narrows the previous results, erasing reuses them, a new scope starts afresh', () => {
    const index = indexOf(people);
    const session = new SearchSession();
    const ordered = index.ordered('name');
    const run = (text: string, scope = 'a') =>
      session.run(ordered, { text }, ctx, false, scope).map((e) => e.id);
    expect(run('r')).toEqual([2, 3, 4]);
    expect(run('re')).toEqual([2, 3]);
    expect(run('ref')).toEqual([]);
    const before = session.run(ordered, { text: 're' }, ctx, false, 'a');
    expect(session.run(ordered, { text: 're ' }, ctx, false, 'a')).toBe(before);
    expect(run('re doc')).toEqual([2]);
    index.apply([entryOf(contact(9, { name: 'Ref Zed' }))]);
    expect(run('ref', 'b')).toEqual([9]);
  });
});

describe('character mask', () => {
  test('a text has every bit of any substring of it (accents, digits, CJK included)', () => {
    const texts = ['lefèvre doctolib', '李雷 bytedance', 'staff engineer 42', '"benali, conseil" sarl'];
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        for (let j = i + 1; j <= text.length; j++) {
          const need = charMask(text.slice(i, j));
          expect(charMask(text) & need).toBe(need);
        }
      }
    }
    expect(charMask('abc') & charMask('z')).toBe(0);
  });
});

describe('aligned masks', () => {
  test('a pass reading the index’s mask array finds exactly what a plain pass finds, both ways', () => {
    const index = indexOf(people);
    for (const text of ['r', 'rust', 'qonto pay', 'zz', '', 'é']) {
      for (const descending of [false, true]) {
        const plain = runQuery(index.ordered('name'), { text }, ctx, descending).map((e) => e.id);
        const fast = runQuery(index.ordered('name'), { text }, ctx, descending, index.masks('name'));
        expect(fast.map((e) => e.id)).toEqual(plain);
      }
    }
    index.apply([entryOf(contact(7, { name: 'Aaron Zed' }))]);
    expect(index.masks('name')).toHaveLength(5);
    expect(runQuery(index.ordered('name'), { text: 'zed' }, ctx, false, index.masks('name'))[0]?.id).toBe(7);
  });
});
