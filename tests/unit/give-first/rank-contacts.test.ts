import { describe, expect, test } from 'vitest';
import {
  buildGiveFirstIndex,
  groupInteractions,
  rankContacts,
  suggestGiveFirst,
  type Suggestion,
} from '@/lib/give-first';
import { generate } from '../../bench/give-first-data';
import { DAY, NOW, interaction, person, resource, settings } from './build';

describe('ranking people (Friday and Wednesday routines)', () => {
  test('the lazy walk gives exactly the brute-force answer', () => {
    const data = generate(3, 1500, 300, NOW);
    const index = buildGiveFirstIndex(data.contacts, data.resources, data.opportunities);
    const all = data.contacts.filter((c) => c.id! % 3 === 0).flatMap((c) => data.historyOf(c.id!));
    const byContact = groupInteractions(all);
    for (const kinds of [['share'], ['congratulate', 'help'], undefined] as const) {
      const lazy = rankContacts({
        index,
        interactionsByContact: byContact,
        settings,
        now: NOW,
        limit: 8,
        ...(kinds ? { kinds } : {}),
      });
      const brute: Suggestion[] = data.contacts
        .filter((c) => c.circle !== 'dormant')
        .flatMap((contact) =>
          suggestGiveFirst({
            contact,
            index,
            interactions: byContact.get(contact.id!) ?? [],
            settings,
            now: NOW,
            limit: 1,
            ...(kinds ? { kinds } : {}),
          }),
        )
        .sort((a, b) => b.score - a.score || a.contactId - b.contactId)
        .slice(0, 8);
      expect(lazy).toEqual(brute);
      expect(lazy.length).toBe(8);
    }
  });

  test('Friday: the person owed a gift comes first; dormant people are left alone', () => {
    const perf = resource(12, 'Profiling React', ['react']);
    const owed = person(1, { interests: ['React'] });
    const even = person(2, { interests: ['React'] });
    const dormant = person(3, { interests: ['React'], circle: 'dormant' });
    const received = [1, 2, 3].map((n) => interaction(1, { kind: 'received', date: NOW - n * DAY }));
    const gaveEven = interaction(2, { kind: 'gave', date: NOW - 2 * DAY });
    const gaveOwed = interaction(1, { kind: 'gave', date: NOW - 2 * DAY });
    const ranked = rankContacts({
      index: buildGiveFirstIndex([owed, even, dormant], [perf], []),
      interactionsByContact: groupInteractions([...received, gaveEven, gaveOwed]),
      settings,
      now: NOW,
      kinds: ['share'],
    });
    expect(ranked.map((s) => [s.contactId, s.key])).toEqual([
      [1, 'share:resource:12'],
      [2, 'share:resource:12'],
    ]);
  });
});
