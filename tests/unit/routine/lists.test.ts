import { describe, expect, test } from 'vitest';
import { buildContact } from '@/lib/db';
import type { Contact } from '@/lib/schemas/contact';
import type { Interaction } from '@/lib/schemas/interaction';
import type { Resource } from '@/lib/schemas/library';
import { mondayList, wednesdayList } from '@/lib/routine/lists';
import { fridayPairs } from '@/lib/routine/friday';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 9);
let nextId = 1;
const person = (name: string, fields: Partial<Contact> = {}): Contact => ({
  ...buildContact({ name, circle: 'close', ...fields }, NOW - 100 * DAY),
  id: nextId++,
});
const interaction = (
  contactId: number,
  kind: Interaction['kind'],
  date: number,
  extra: Partial<Interaction> = {},
) => ({ contactId, kind, date, ...extra }) as Interaction;

describe('Monday', () => {
  test('close circle only, never checked first, then least recently checked, about five', () => {
    const people = [
      person('Ana', { lastCheckedAt: NOW - 2 * DAY }),
      person('Bruno', { lastCheckedAt: NOW - 20 * DAY }),
      person('Chloé'),
      person('Dan', { circle: 'active' }),
      person('Eve', { lastCheckedAt: NOW - 5 * DAY }),
      person('Farid', { lastCheckedAt: NOW - 9 * DAY }),
      person('Gus', { lastCheckedAt: NOW - 1 * DAY }),
    ];
    expect(mondayList(people).map((c) => c.name)).toEqual(['Chloé', 'Bruno', 'Farid', 'Eve', 'Ana']);
  });
});

describe('Wednesday', () => {
  test('news not seen, successes and challenges of the last two weeks; not once the user reacted', () => {
    const ana = person('Ana', { news: [{ field: 'company', to: 'Doctolib', noticedAt: NOW - DAY }] });
    const bruno = person('Bruno');
    const chloe = person('Chloé', { news: [{ field: 'headline', noticedAt: NOW - DAY, seenAt: NOW - DAY }] });
    const dan = person('Dan');
    const eve = person('Eve');
    const interactions = [
      interaction(bruno.id!, 'success', NOW - 3 * DAY, { topic: 'shipped v2' }),
      interaction(dan.id!, 'challenge', NOW - 2 * DAY),
      interaction(dan.id!, 'congratulated', NOW - DAY), // already helped
      interaction(eve.id!, 'success', NOW - 30 * DAY), // too old
    ];
    const list = wednesdayList([ana, bruno, chloe, dan, eve], interactions, NOW);
    expect(list.map((i) => [i.contact.name, i.reasons.map((r) => r.kind)])).toEqual([
      ['Ana', ['news']],
      ['Bruno', ['success']],
    ]);
  });
});

describe('Friday (give-first share pairs)', () => {
  const resource = (id: number, tags: string[], addedAt = NOW): Resource => ({
    id,
    url: `https://example.org/${id}`,
    title: `R${id}`,
    tags,
    addedAt,
  });

  test('a resource per person from the give-first engine, never one already given', () => {
    const ana = person('Ana', { interests: ['React'] });
    const bruno = person('Bruno', { projects: ['rust'] });
    const chloe = person('Chloé', { interests: ['go'] });
    const pairs = fridayPairs({
      contacts: [ana, bruno, chloe],
      resources: [resource(1, ['react', 'perf']), resource(2, ['Rust']), resource(3, ['go'])],
      opportunities: [],
      interactions: [interaction(chloe.id!, 'gave', NOW - DAY, { resourceId: 3 })],
      states: [],
      settings: { cadenceDays: { close: 14, active: 30, acquaintance: 90 } },
      now: NOW,
    });
    expect(pairs.map((p) => [p.resource.id, p.contact.name]).sort()).toEqual([
      [1, 'Ana'],
      [2, 'Bruno'],
    ]);
    expect(pairs[0]?.reason.en).toBeTruthy();
  });
});
