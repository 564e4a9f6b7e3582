import type { Contact } from '../schemas/contact';
import type { Interaction } from '../schemas/interaction';
import type { Task } from '../schemas/task';
import type { NetworkEvent, Opportunity } from '../schemas/library';
import type { CopyLog, SuggestionState } from '../schemas/feedback';
import type { GuildDatabase } from './database';

/**
 * Everything a delete removed or changed, exactly as it was before: keep it
 * (in memory, for the undo toast) and hand it to `restoreDeleted`.
 */
export interface DeletedContact {
  contact: Contact;
  interactions: Interaction[];
  tasks: Task[];
  suggestionStates: SuggestionState[];
  copyLogs: CopyLog[];
  /** Records that only referred to the contact: stored again as they were. */
  changed: { interactions: Interaction[]; events: NetworkEvent[]; opportunities: Opportunity[] };
}

const tablesOf = (db: GuildDatabase) => [
  db.contacts,
  db.interactions,
  db.tasks,
  db.suggestionStates,
  db.copyLogs,
  db.events,
  db.opportunities,
];

/**
 * Delete a contact with its interactions, tasks and suggestion states, and
 * drop references to it elsewhere (events met at, opportunity sources,
 * introductions). Returns the undo token; `undefined` when there was no such contact.
 */
export function deleteContact(db: GuildDatabase, id: number): Promise<DeletedContact | undefined> {
  return db.transaction('rw', tablesOf(db), async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return undefined;
    const deleted: DeletedContact = {
      contact,
      interactions: await db.interactions.where('contactId').equals(id).toArray(),
      tasks: await db.tasks.where('contactId').equals(id).toArray(),
      suggestionStates: await db.suggestionStates.where('contactId').equals(id).toArray(),
      copyLogs: await db.copyLogs.filter((c) => c.contactId === id).toArray(),
      changed: {
        interactions: await db.interactions
          .filter((i) => i.otherContactId === id && i.contactId !== id)
          .toArray(),
        events: await db.events.where('contactIds').equals(id).toArray(),
        opportunities: await db.opportunities.where('sourceContactId').equals(id).toArray(),
      },
    };
    const idsOf = (rows: { id?: number }[]) => rows.flatMap((r) => (r.id === undefined ? [] : [r.id]));
    await db.contacts.delete(id);
    await db.interactions.bulkDelete(idsOf(deleted.interactions));
    await db.tasks.bulkDelete(idsOf(deleted.tasks));
    await db.suggestionStates.bulkDelete(idsOf(deleted.suggestionStates));
    await db.copyLogs.bulkDelete(idsOf(deleted.copyLogs));
    await db.interactions.bulkPut(deleted.changed.interactions.map(({ otherContactId: _o, ...i }) => i));
    await db.events.bulkPut(
      deleted.changed.events.map((e) => ({ ...e, contactIds: e.contactIds.filter((c) => c !== id) })),
    );
    await db.opportunities.bulkPut(deleted.changed.opportunities.map(({ sourceContactId: _s, ...o }) => o));
    return deleted;
  });
}

/**
 * Undo a delete: every record goes back exactly as it was, in one
 * transaction. Fails (and writes nothing) if one of the contact's profiles
 * was saved again as a new contact in the meantime.
 */
export function restoreDeleted(db: GuildDatabase, deleted: DeletedContact): Promise<void> {
  return db.transaction('rw', tablesOf(db), async () => {
    await db.contacts.add(deleted.contact);
    await db.interactions.bulkPut([...deleted.interactions, ...deleted.changed.interactions]);
    await db.tasks.bulkPut(deleted.tasks);
    await db.suggestionStates.bulkPut(deleted.suggestionStates);
    await db.copyLogs.bulkPut(deleted.copyLogs);
    await db.events.bulkPut(deleted.changed.events);
    await db.opportunities.bulkPut(deleted.changed.opportunities);
  });
}
