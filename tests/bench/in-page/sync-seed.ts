import { buildContact, GuildDatabase } from '../../../lib/db';
import { DATABASE_NAME } from '../../../lib/db/database';
import { chunks } from '../../../lib/io/progress';
import { profileFromUrl } from '../../../lib/profiles/detect';

/**
 * Fill Guild's own database (`guild`, in a browser profile of the sync
 * benchmark's own) with `n` contacts and one interaction each, while sync
 * is off: what a device holds when its user turns sync on for the first time.
 */
export async function seedSyncDevice(n: number): Promise<{ contacts: number; interactions: number }> {
  const db = new GuildDatabase(DATABASE_NAME);
  await db.open();
  try {
    const contacts = Array.from({ length: n }, (_, i) =>
      buildContact(
        {
          name: `Person ${i}`,
          company: `Company ${i % 500}`,
          headline: 'Software engineer · TypeScript, Rust',
          tags: i % 3 ? ['dev'] : ['dev', 'rust'],
          notes: i % 10 ? '' : 'Met at a meetup; follow up about the talk.',
          profiles: [profileFromUrl(`https://www.linkedin.com/in/person-${i}`)!],
        },
        1_700_000_000_000 + i,
      ),
    );
    const ids: number[] = [];
    for (const chunk of chunks(contacts, 2000)) {
      ids.push(...((await db.contacts.bulkAdd(chunk, { allKeys: true })) as number[]));
    }
    const interactions = ids.map((contactId, i) => ({
      contactId,
      kind: 'conversation' as const,
      date: 1_700_000_000_000 + i * 1000,
      channel: 'in-person' as const,
      topic: `Talked about project ${i % 97}`,
    }));
    for (const chunk of chunks(interactions, 2000)) await db.interactions.bulkAdd(chunk);
    return { contacts: await db.contacts.count(), interactions: await db.interactions.count() };
  } finally {
    db.close();
  }
}
