/**
 * Database figures at one size, Guild's code next to raw IndexedDB, samples
 * interleaved (A, B, B, A…) so that load on the machine hits both alike.
 * The database holds contacts 1…n with profile keys `linkedin:person-<i>`
 * (seeded by `db-bench-page.ts`'s lookupBench, or upgraded from `v1-seed.ts`).
 */
import {
  GuildDatabase,
  buildContact,
  findByProfileKey,
  logInteraction,
  saveFromSnapshot,
  type NewContactFields,
} from '../../../lib/db';
import {
  dropContactIndex,
  entryOf,
  liveContactIndex,
  runQuery,
  type ContactIndex,
} from '../../../lib/search';
import { compareBy } from '../../../lib/search/query';
import { defaultSettings } from '../../../lib/schemas/settings';
import type { Contact } from '../../../lib/schemas/contact';
import { profileFromUrl } from '../../../lib/profiles/detect';
import { openRaw, rawFindByProfileKey, rawLogInteraction, rawReadAll, rawSaveContact } from './raw-idb';

export type Pair = { guild: number[]; raw: number[] };

/** What a user types, one keystroke at a time (each prefix is one query). */
const TYPED = ['person 4217', 'rust', 'company 42', 'met at', 'zq'];

async function time(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Run `guild` and `raw` `n` times each, alternating which goes first. */
async function pairs(n: number, guild: (i: number) => unknown, raw: (i: number) => unknown): Promise<Pair> {
  const out: Pair = { guild: [], raw: [] };
  for (let i = 0; i < n; i++) {
    if (i % 2) {
      out.guild.push(await time(() => guild(i)));
      out.raw.push(await time(() => raw(i)));
    } else {
      out.raw.push(await time(() => raw(i)));
      out.guild.push(await time(() => guild(i)));
    }
  }
  return out;
}

function until(index: ContactIndex): Promise<void> {
  return new Promise((resolve) => {
    if (!index.getStatus().loading) return resolve();
    const stop = index.subscribe(() => {
      if (!index.getStatus().loading) {
        stop();
        resolve();
      }
    });
  });
}

/** The contacts table's first view: the whole index read, sorted by name. */
async function openList(db: GuildDatabase): Promise<ContactIndex> {
  dropContactIndex(db.name);
  const index = liveContactIndex(db);
  await until(index);
  index.ordered('name');
  return index;
}

/** A new person's snapshot; `side` keeps Guild's and raw's people apart. */
function snapshotOf(i: number, side: 'g' | 'r') {
  const profile = profileFromUrl(`https://www.linkedin.com/in/new-${side}-${i}-${Date.now()}`)!;
  return { profile, name: `New Person ${i}`, headline: 'Engineer', sources: {}, readAt: Date.now() };
}

/** Every database figure at the seeded size. */
export async function dbOps(
  name: string,
  contacts: number,
  samples: { lookup: number; write: number; list: number },
) {
  const db = new GuildDatabase(name);
  await db.open();
  const raw = await openRaw(name);
  const key = (i: number) => `linkedin:person-${(i * 7919) % Math.floor(contacts * 1.1)}`;
  for (let i = 0; i < 20; i++)
    await Promise.all([findByProfileKey(db, key(i)), rawFindByProfileKey(raw, key(i))]);
  const lookup = await pairs(
    samples.lookup,
    (i) => findByProfileKey(db, key(i)),
    (i) => rawFindByProfileKey(raw, key(i)),
  );

  const save = await pairs(
    samples.write,
    (i) => saveFromSnapshot(db, snapshotOf(i, 'g')),
    (i) => {
      const { profile, name, headline } = snapshotOf(i, 'r');
      const fields: NewContactFields = { name, headline, profiles: [profile] };
      const record = buildContact(fields, Date.now());
      delete record.id;
      return rawSaveContact(raw, record);
    },
  );

  const now = Date.now();
  const interaction = (i: number) => ({
    contactId: 1 + ((i * 104729) % contacts),
    kind: 'conversation' as const,
    date: now - i * 1000,
    topic: 'Rust at scale',
  });
  const log = await pairs(
    samples.write,
    (i) => logInteraction(db, interaction(i), now),
    (i) => rawLogInteraction(raw, interaction(i), now),
  );

  let index: ContactIndex | undefined;
  const list = await pairs(
    samples.list,
    async () => {
      index = await openList(db);
    },
    async () => {
      const entries: ReturnType<typeof entryOf>[] = [];
      await rawReadAll<Contact & { id: number }>(raw, 2000, (page) => entries.push(...page.map(entryOf)));
      entries.sort(compareBy('name'));
    },
  );

  const ctx = { now, cadence: defaultSettings().cadenceDays };
  const keystrokes: number[] = [];
  const ordered = index!.ordered('name');
  // The list loads above leave ~100 MB of garbage: give V8 an idle second to collect it, as a user
  // reading the list would, so that a keystroke is not charged for the loads' garbage collection.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (let round = 0; round < 3; round++) {
    for (const word of TYPED) {
      for (let n = 1; n <= word.length; n++) {
        keystrokes.push(await time(() => runQuery(ordered, { text: word.slice(0, n) }, ctx)));
      }
    }
  }
  const rawSearch: number[] = [];
  for (const text of ['p', 'person 4', 'rust']) {
    const terms = text.split(' ');
    rawSearch.push(
      await time(() =>
        rawReadAll<Contact & { id: number }>(raw, 2000, (page) => {
          for (const c of page) {
            const hay = [
              c.name,
              c.company ?? '',
              c.position ?? '',
              c.headline ?? '',
              c.tags.join(' '),
              c.notes,
            ]
              .join('\n')
              .toLocaleLowerCase();
            terms.every((t) => hay.includes(t));
          }
        }),
      ),
    );
  }
  dropContactIndex(db.name);
  db.close();
  raw.close();
  return { contacts, lookup, save, log, list, search: { guild: keystrokes, raw: rawSearch } };
}
