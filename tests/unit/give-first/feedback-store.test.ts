import { beforeEach, describe, expect, test } from 'vitest';
import { getDb } from '@/lib/db';
import {
  loadContactInputs,
  loadGiveFirstIndexFor,
  recordSuggestionFeedback,
  suggestGiveFirst,
} from '@/lib/give-first';
import { DAY, NOW, person } from './build';

describe('suggestion feedback in the database', () => {
  beforeEach(async () => {
    const db = getDb();
    await Promise.all(
      [db.contacts, db.interactions, db.suggestionStates, db.tasks, db.resources].map((t) => t.clear()),
    );
    await db.contacts.bulkAdd([
      person(1, { name: 'Ana', needs: ['Rust mentoring'] }),
      person(2, { name: 'Nadia', offers: ['Rust mentoring'] }),
    ]);
  });

  async function suggestFor(contactId: number, now = NOW) {
    const db = getDb();
    const inputs = (await loadContactInputs(db, contactId))!;
    return suggestGiveFirst({ ...inputs, index: await loadGiveFirstIndexFor(db, contactId), now });
  }

  test('an introduction marked done is logged once, with the other person, and never suggested again to either', async () => {
    const [intro] = await suggestFor(1);
    expect(intro?.key).toBe('introduce:contact:2');
    await recordSuggestionFeedback(getDb(), intro!, 'done', NOW);
    expect(await getDb().interactions.toArray()).toEqual([
      expect.objectContaining({
        contactId: 1,
        kind: 'introduced',
        direction: 'gave',
        otherContactId: 2,
        date: NOW,
      }),
    ]);
    // Logged on Ana; Nadia's side is found through the introduction naming her.
    expect((await suggestFor(2)).map((s) => s.key)).not.toContain('introduce:contact:1');
    expect((await suggestFor(1, NOW + 400 * DAY)).map((s) => s.key)).not.toContain('introduce:contact:2');
  });

  test('snoozed: away for two weeks, back after; a new answer replaces the old one', async () => {
    const [intro] = await suggestFor(1);
    await recordSuggestionFeedback(getDb(), intro!, 'dismissed', NOW);
    await recordSuggestionFeedback(getDb(), intro!, 'snoozed', NOW);
    expect(await getDb().suggestionStates.toArray()).toEqual([
      expect.objectContaining({ state: 'snoozed', until: NOW + 14 * DAY }),
    ]);
    expect(await suggestFor(1, NOW + 13 * DAY)).toEqual([]);
    expect((await suggestFor(1, NOW + 15 * DAY))[0]?.key).toBe('introduce:contact:2');
    expect(await getDb().interactions.count()).toBe(0);
  });
});
