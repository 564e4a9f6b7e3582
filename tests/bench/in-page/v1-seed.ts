/**
 * A version-1 Guild database (the first vertical slice's schema, as
 * `lib/db/versions.ts` declares it) with `n` contacts, for the upgrade figure.
 * Written through Dexie with only version 1 declared, so the stores and
 * indexes are exactly what Guild v1 created. Guild's own pages upgrade it.
 */
import { DATABASE_VERSIONS, GuildDatabase } from '../../../lib/db';
import { profileFromUrl } from '../../../lib/profiles/detect';

/** People the fixtures show, saved so the panel finds them among the others. */
const KNOWN = [
  { url: 'https://www.linkedin.com/in/camille-lefevre-dev/', name: 'Camille Lefèvre' },
  { url: 'https://x.com/TaminoMartinius', name: 'Tamino Martinius' },
  { url: 'https://www.linkedin.com/in/bo-nakamura/', name: 'Bo Nakamura' },
];

const CITIES = ['Paris', 'Lyon', 'Nantes', 'Berlin', 'Montréal', 'Lisbon'];

export async function seedV1(name: string, n: number): Promise<number> {
  const db = new GuildDatabase(name, { versions: [DATABASE_VERSIONS[0]!] });
  await db.delete();
  await db.open();
  const records = Array.from({ length: n }, (_, i) => {
    const known = KNOWN[i];
    const url = known?.url ?? `https://www.linkedin.com/in/person-${i}/`;
    return {
      profileKey: profileFromUrl(url)!.key,
      name: known?.name ?? `Person ${i}`,
      headline: `Engineer at Company ${i % 500} · ${i % 3 ? 'TypeScript' : 'Rust'} · ${CITIES[i % CITIES.length]}`,
      profileUrl: url,
      savedAt: 1_700_000_000_000 + i,
    };
  });
  for (let i = 0; i < records.length; i += 5000)
    await db.table('contacts').bulkAdd(records.slice(i, i + 5000));
  const count = await db.table('contacts').count();
  db.close();
  return count;
}
