import { GuildDatabase } from '../../../lib/db';
import { DATABASE_NAME } from '../../../lib/db/database';
import { chunks } from '../../../lib/io/progress';
import { benchContacts } from './bench-contacts';

/**
 * Fill Guild's own database (`guild`, in a browser profile of the sync
 * benchmark's own) with `n` contacts and one interaction each, while sync
 * is off: what a device holds when its user turns sync on for the first time.
 */
export async function seedSyncDevice(n: number): Promise<{ contacts: number; interactions: number }> {
  const db = new GuildDatabase(DATABASE_NAME);
  await db.open();
  try {
    const contacts = benchContacts(n);
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
