import { editContact, type GuildDatabase } from '@/lib/db';
import type { Contact } from '@/lib/schemas/contact';
import { InteractionSchema, type Interaction } from '@/lib/schemas/interaction';

/**
 * The panel's small edits to a contact, each validated whole by the
 * repository's `editContact` before it is stored, and dated `now`.
 */
async function editAt(db: GuildDatabase, id: number, edit: (c: Contact) => Contact, now: number) {
  await editContact(db, id, (c) => ({ ...edit(c), updatedAt: now }));
}

/** Replace a contact's notes. */
export function saveNotes(db: GuildDatabase, id: number, notes: string, now = Date.now()): Promise<void> {
  return editAt(db, id, (c) => ({ ...c, notes }), now);
}

/** The facts the panel edits in place. */
export const EDITABLE_FACTS = ['circle', 'tags', 'interests', 'projects', 'needs', 'offers'] as const;
export type EditableFact = (typeof EDITABLE_FACTS)[number];
export type FactValue<F extends EditableFact> = Contact[F];

/** Replace one of a contact's facts (its circle, or a list of labels). */
export function saveFact<F extends EditableFact>(
  db: GuildDatabase,
  id: number,
  fact: F,
  value: FactValue<F>,
  now = Date.now(),
): Promise<void> {
  return editAt(db, id, (c) => ({ ...c, [fact]: value }), now);
}

/** Mark every unseen piece of news as seen. */
export function markNewsSeen(db: GuildDatabase, id: number, now = Date.now()): Promise<void> {
  return editAt(
    db,
    id,
    (c) => ({ ...c, news: c.news.map((n) => (n.seenAt ? n : { ...n, seenAt: now })) }),
    now,
  );
}

/**
 * Undo of `deleteInteraction`: the interaction comes back with its id, and the
 * contact's last interaction moves forward again if it was the latest.
 */
export function restoreInteraction(db: GuildDatabase, interaction: Interaction): Promise<void> {
  const record = InteractionSchema.parse(interaction);
  return db.transaction('rw', [db.contacts, db.interactions], async () => {
    await db.interactions.put(record);
    const contact = await db.contacts.get(record.contactId);
    if (contact && (contact.lastInteractionAt ?? -1) < record.date) {
      await db.contacts.update(record.contactId, { lastInteractionAt: record.date });
    }
  });
}
