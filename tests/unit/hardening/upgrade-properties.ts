import fc from 'fast-check';
import { expect } from 'vitest';
import { GuildDatabase, LATEST_VERSION, openDatabase } from '@/lib/db';
import { migrateContactV1, type ContactV1 } from '@/lib/db/migrations/002-contact-profiles';
import { freshDbName } from '../helpers';
import { createV1Database, readRaw } from '../db/migrations/v1-sample';

/** Shared by the quick unit run and the long fuzz run; only the number of runs differs. */

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);

/** Version 1 contacts as the first slice stored them: unique ids and profile keys. */
export const v1ContactsArb: fc.Arbitrary<ContactV1[]> = fc
  .uniqueArray(
    fc.record({
      site: fc.constantFrom('linkedin', 'x'),
      handle: slug,
      name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
      headline: fc.option(fc.string({ unit: 'grapheme', maxLength: 120 }), { nil: undefined }),
      savedAt: fc.oneof(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.double({ min: -1e3, max: 1e13, noNaN: true }),
      ),
    }),
    { selector: (c) => `${c.site}:${c.handle}`, maxLength: 60 },
  )
  .chain((rows) =>
    fc
      .shuffledSubarray(
        Array.from({ length: rows.length * 3 + 1 }, (_, i) => i + 1),
        { minLength: rows.length, maxLength: rows.length },
      )
      .map((ids) =>
        rows.map(({ site, handle, headline, ...rest }, i) => ({
          id: ids[i]!,
          profileKey: `${site}:${handle}`,
          profileUrl: site === 'x' ? `https://x.com/${handle}` : `https://www.linkedin.com/in/${handle}/`,
          ...(headline !== undefined && { headline }),
          ...rest,
        })),
      ),
  );

/** Every generated v1 database upgrades to the latest version with every record kept, exactly migrated. */
export async function upgradeKeepsEverything(numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(v1ContactsArb, async (v1) => {
      const name = freshDbName();
      await createV1Database(name, v1);
      const db = new GuildDatabase(name);
      try {
        expect((await openDatabase(db)).ok).toBe(true);
        expect(db.verno).toBe(LATEST_VERSION);
        const byId = (a: { id?: number }, b: { id?: number }) => (a.id ?? 0) - (b.id ?? 0);
        expect((await db.contacts.toArray()).sort(byId)).toEqual(v1.map(migrateContactV1).sort(byId));
      } finally {
        await db.delete();
      }
    }),
    { numRuns },
  );
}

/** One unreadable record anywhere fails the upgrade: version 1 and every row untouched, a typed failure. */
export async function failedUpgradeTouchesNothing(numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      v1ContactsArb.filter((v1) => v1.length > 0),
      fc.nat(),
      fc.constantFrom(
        { name: '' },
        { profileUrl: 'javascript:alert(1)' },
        { profileKey: 'myspace:tom' },
        { savedAt: 'yesterday' },
      ),
      async (v1, at, damage) => {
        const rows: Record<string, unknown>[] = v1.map((c) => ({ ...c }));
        const index = at % rows.length;
        rows[index] = { ...rows[index], ...damage };
        const name = freshDbName();
        await createV1Database(name, rows);
        const db = new GuildDatabase(name);
        try {
          expect(await openDatabase(db)).toMatchObject({ ok: false, kind: 'upgrade-failed', version: 2 });
          db.close();
          const raw = await readRaw(name, 'contacts');
          expect(raw.version).toBe(1);
          expect(raw.rows).toEqual([...rows].sort((a, b) => Number(a.id) - Number(b.id)));
        } finally {
          await db.delete();
        }
      },
    ),
    { numRuns },
  );
}
