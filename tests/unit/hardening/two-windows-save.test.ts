import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GuildDatabase, saveFromSnapshot } from '@/lib/db';
import { freshDbName, snapshotOf } from '../helpers';

/**
 * Two windows (two panels, each with its own Dexie connection to the same
 * IndexedDB) saving the same profile at the same moment keep one contact.
 */
describe('two windows saving the same profile at once', () => {
  test('two connections racing on one profile give one contact', async () => {
    const name = freshDbName();
    const a = new GuildDatabase(name);
    const b = new GuildDatabase(name);
    try {
      await Promise.all([a.open(), b.open()]);
      const url = 'https://www.linkedin.com/in/jane-doe/';
      const [x, y] = await Promise.all([
        saveFromSnapshot(a, snapshotOf(url, { headline: 'from window A' })),
        saveFromSnapshot(b, snapshotOf(url, { headline: 'from window B' })),
      ]);
      expect(x.id).toBe(y.id);
      expect(await a.contacts.count()).toBe(1);
    } finally {
      a.close();
      await b.delete();
    }
  });

  test('any number of windows and profiles, in any interleaving: one contact per profile', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            window: fc.integer({ min: 0, max: 2 }),
            slug: fc.constantFrom('ada', 'grace', 'linus'),
            site: fc.constantFrom('linkedin', 'x'),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (saves) => {
          const name = freshDbName();
          const windows = [0, 1, 2].map(() => new GuildDatabase(name));
          try {
            const urls = saves.map(({ slug, site }) =>
              site === 'x' ? `https://x.com/${slug}` : `https://www.linkedin.com/in/${slug}/`,
            );
            await Promise.all(
              saves.map((s, i) => saveFromSnapshot(windows[s.window]!, snapshotOf(urls[i]!))),
            );
            expect(await windows[0]!.contacts.count()).toBe(new Set(urls).size);
          } finally {
            windows.slice(1).forEach((w) => w.close());
            await windows[0]!.delete();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
