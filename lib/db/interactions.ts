import { InteractionSchema, type Interaction } from '../schemas/interaction';
import type { GuildDatabase } from './database';

/** A stored interaction (its id is set). */
export type SavedInteraction = Interaction & { id: number };

/**
 * Record something that happened with a contact. The contact's
 * `lastInteractionAt` moves forward (never back, for an old one logged late),
 * which resets its keep-in-touch clock, and its open keep-in-touch tasks are
 * done: talking to them was the point.
 */
export async function logInteraction(
  db: GuildDatabase,
  input: Omit<Interaction, 'id'>,
  now = Date.now(),
): Promise<SavedInteraction> {
  const interaction = InteractionSchema.parse(input);
  return await db.transaction('rw', [db.contacts, db.interactions, db.tasks], async () => {
    const contact = await db.contacts.get(interaction.contactId);
    if (!contact) throw new Error(`contact ${interaction.contactId} does not exist`);
    const id = (await db.interactions.add(interaction)) as number;
    if (contact.lastInteractionAt === undefined || interaction.date > contact.lastInteractionAt) {
      await db.contacts.update(interaction.contactId, {
        lastInteractionAt: interaction.date,
        updatedAt: now,
      });
    }
    await db.tasks
      .where('contactId')
      .equals(interaction.contactId)
      .filter((t) => t.kind === 'keep-in-touch' && t.status === 'open')
      .modify({ status: 'done', doneAt: now });
    return { ...interaction, id };
  });
}

/** A contact's interactions, newest first. */
export function interactionsOf(db: GuildDatabase, contactId: number, limit = 200): Promise<Interaction[]> {
  return db.interactions
    .where('[contactId+date]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

/**
 * Delete one interaction; the contact's `lastInteractionAt` is recomputed
 * from what remains.
 */
export function deleteInteraction(db: GuildDatabase, id: number): Promise<void> {
  return db.transaction('rw', [db.contacts, db.interactions], async () => {
    const interaction = await db.interactions.get(id);
    if (!interaction) return;
    await db.interactions.delete(id);
    const latest = await db.interactions
      .where('[contactId+date]')
      .between([interaction.contactId, -Infinity], [interaction.contactId, Infinity])
      .last();
    const contact = await db.contacts.get(interaction.contactId);
    if (!contact) return;
    const next = { ...contact, lastInteractionAt: latest?.date };
    if (next.lastInteractionAt === undefined) delete next.lastInteractionAt;
    await db.contacts.put(next);
  });
}
