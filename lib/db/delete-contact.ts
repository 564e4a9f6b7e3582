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
export interface DeletedContacts {
  contacts: Contact[];
  interactions: Interaction[];
  tasks: Task[];
  suggestionStates: SuggestionState[];
  copyLogs: CopyLog[];
  /** Records that only referred to a deleted contact: stored again as they were. */
  changed: { interactions: Interaction[]; events: NetworkEvent[]; opportunities: Opportunity[] };
}

/** The undo token of one contact's delete. */
export type DeletedContact = DeletedContacts & { contact: Contact };

const tablesOf = (db: GuildDatabase) => [
  db.contacts,
  db.interactions,
  db.tasks,
  db.suggestionStates,
  db.copyLogs,
  db.events,
  db.opportunities,
];

const idsOf = (rows: { id?: number }[]) => rows.flatMap((r) => (r.id === undefined ? [] : [r.id]));

/**
 * Delete contacts with their interactions, tasks and suggestion states, and
 * drop references to them elsewhere (events met at, opportunity sources,
 * introductions), all in one transaction: many at once cost one pass over
 * each table, not one per contact. Ids with no contact are ignored.
 */
export function deleteContacts(db: GuildDatabase, ids: readonly number[]): Promise<DeletedContacts> {
  return db.transaction('rw', tablesOf(db), async () => {
    const contacts = (await db.contacts.bulkGet([...new Set(ids)])).filter((c) => c !== undefined);
    const list = idsOf(contacts);
    const gone = new Set(list);
    const isGone = (id: number | undefined) => id !== undefined && gone.has(id);
    const deleted: DeletedContacts = {
      contacts,
      interactions: await db.interactions.where('contactId').anyOf(list).toArray(),
      tasks: await db.tasks.where('contactId').anyOf(list).toArray(),
      suggestionStates: await db.suggestionStates.where('contactId').anyOf(list).toArray(),
      copyLogs: await db.copyLogs.filter((c) => isGone(c.contactId)).toArray(),
      changed: {
        interactions: await db.interactions
          .filter((i) => isGone(i.otherContactId) && !gone.has(i.contactId))
          .toArray(),
        events: await db.events.where('contactIds').anyOf(list).distinct().toArray(),
        opportunities: await db.opportunities.where('sourceContactId').anyOf(list).toArray(),
      },
    };
    await db.contacts.bulkDelete(list);
    await db.interactions.bulkDelete(idsOf(deleted.interactions));
    await db.tasks.bulkDelete(idsOf(deleted.tasks));
    await db.suggestionStates.bulkDelete(idsOf(deleted.suggestionStates));
    await db.copyLogs.bulkDelete(idsOf(deleted.copyLogs));
    await db.interactions.bulkPut(deleted.changed.interactions.map(({ otherContactId: _o, ...i }) => i));
    await db.events.bulkPut(
      deleted.changed.events.map((e) => ({ ...e, contactIds: e.contactIds.filter((c) => !gone.has(c)) })),
    );
    await db.opportunities.bulkPut(deleted.changed.opportunities.map(({ sourceContactId: _s, ...o }) => o));
    return deleted;
  });
}

/** Delete one contact (see `deleteContacts`); `undefined` when there was no such contact. */
export async function deleteContact(db: GuildDatabase, id: number): Promise<DeletedContact | undefined> {
  const deleted = await deleteContacts(db, [id]);
  const [contact] = deleted.contacts;
  return contact && { ...deleted, contact };
}

/**
 * Undo a delete: every record goes back exactly as it was, in one
 * transaction. Fails (and writes nothing) if one of the profiles was saved
 * again as a new contact in the meantime.
 */
export function restoreDeleted(db: GuildDatabase, deleted: DeletedContacts): Promise<void> {
  return db.transaction('rw', tablesOf(db), async () => {
    await db.contacts.bulkAdd(deleted.contacts);
    await db.interactions.bulkPut([...deleted.interactions, ...deleted.changed.interactions]);
    await db.tasks.bulkPut(deleted.tasks);
    await db.suggestionStates.bulkPut(deleted.suggestionStates);
    await db.copyLogs.bulkPut(deleted.copyLogs);
    await db.events.bulkPut(deleted.changed.events);
    await db.opportunities.bulkPut(deleted.changed.opportunities);
  });
}
