import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildContact, GuildDatabase, opportunities, resources } from '@/lib/db';
import {
  buildGiveFirstIndex,
  loadContactInputs,
  loadGiveFirstIndexFor,
  suggestGiveFirst,
} from '@/lib/give-first';
import { freshDbName } from '../helpers';

const NOW = Date.UTC(2026, 10, 25);

describe('the index for one person', () => {
  let db: GuildDatabase;
  beforeEach(async () => {
    db = new GuildDatabase(freshDbName());
    await db.contacts.bulkAdd([
      buildContact({ name: 'Ada', needs: ['Rust mentor'], interests: ['WebAssembly'] }, 1),
      buildContact({ name: 'Bo', offers: ['Rust mentor'] }, 1),
      buildContact({ name: 'Cy', needs: ['Code review'] }, 1),
      ...Array.from({ length: 50 }, (_, i) => buildContact({ name: `Quiet ${i}` }, 1)),
    ]);
    await db.resources.add({
      url: 'https://e.org/wasm',
      title: 'Wasm guide',
      tags: ['WebAssembly'],
      addedAt: 1,
    });
  });
  afterEach(async () => {
    await db.delete();
  });

  test('reads only the person and the contacts an introduction could name', async () => {
    const ada = (await db.contacts.where('name').equals('Ada').first())!;
    const index = await loadGiveFirstIndexFor(db, ada.id!);
    expect([...index.contacts.values()].map((c) => c.name).sort()).toEqual(['Ada', 'Bo']);
    const quiet = (await db.contacts.where('name').equals('Quiet 3').first())!;
    expect([...(await loadGiveFirstIndexFor(db, quiet.id!)).contacts.values()].map((c) => c.name)).toEqual([
      'Quiet 3',
    ]);
  });

  test('gives the same suggestions as the whole-address-book index', async () => {
    // The reference: an index over the whole address book.
    const full = buildGiveFirstIndex(
      await db.contacts.toArray(),
      await resources.all(db),
      await opportunities.all(db),
    );
    for (const contact of await db.contacts.toArray()) {
      const inputs = (await loadContactInputs(db, contact.id!))!;
      const partial = await loadGiveFirstIndexFor(db, contact.id!);
      const keys = (index: typeof full) =>
        suggestGiveFirst({ ...inputs, index, now: NOW }).map((s) => [s.key, s.reason.en]);
      expect(keys(partial)).toEqual(keys(full));
    }
    const ada = (await db.contacts.where('name').equals('Ada').first())!;
    const inputs = (await loadContactInputs(db, ada.id!))!;
    const kinds = suggestGiveFirst({
      ...inputs,
      index: await loadGiveFirstIndexFor(db, ada.id!),
      now: NOW,
    }).map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['introduce', 'share']));
  });
});
