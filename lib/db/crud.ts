import type { Table } from 'dexie';
import type * as z from 'zod/mini';
import {
  CommunitySchema,
  EventSchema,
  OpportunitySchema,
  ResourceSchema,
  RoutineSessionSchema,
  SnippetSchema,
} from '../schemas/library';
import type { GuildDatabase } from './database';

type WithId = { id?: number };

/**
 * Read record `id`, edit it, validate the result and put it back, in one
 * transaction; throws `<what> <id> does not exist` when it is missing. An
 * edit that returns the record itself means "no change": nothing is written.
 */
export function editRecord<T>(
  db: GuildDatabase,
  table: Table<T, number | undefined>,
  what: string,
  id: number,
  edit: (current: T) => T | Promise<T>,
  validate: (next: T) => T,
): Promise<T> {
  return db.transaction('rw', table, async () => {
    const current = await table.get(id);
    if (!current) throw new Error(`${what} ${id} does not exist`);
    const edited = await edit(current);
    if (edited === current) return current;
    const next = validate(edited);
    await table.put(next);
    return next;
  });
}

/** Validated create / read / update / delete on one table. */
export interface Crud<T extends WithId> {
  /** Validate and store a new record; returns it with its id. */
  add(db: GuildDatabase, value: Omit<T, 'id'>): Promise<T & { id: number }>;
  /** One record by id. */
  get(db: GuildDatabase, id: number): Promise<T | undefined>;
  /** Every record (these tables stay small: hundreds, not thousands). */
  all(db: GuildDatabase): Promise<T[]>;
  /** A form's save: validate and put with `id` when editing, else add (gets an id). */
  save(db: GuildDatabase, value: Omit<T, 'id'> & { id?: number | undefined }): Promise<T & { id: number }>;
  /** Change some fields; the whole record is validated again. Throws if missing. */
  update(db: GuildDatabase, id: number, patch: Partial<Omit<T, 'id'>>): Promise<T>;
  /** Delete by id (no-op when missing). */
  remove(db: GuildDatabase, id: number): Promise<void>;
}

function crudFor<T extends WithId>(
  tableOf: (db: GuildDatabase) => Table<T, number | undefined>,
  schema: z.ZodMiniType<T>,
): Crud<T> {
  const add: Crud<T>['add'] = async (db, value) => {
    const record = schema.parse(value);
    const id = (await tableOf(db).add(record)) as number;
    return { ...record, id };
  };
  return {
    add,
    async save(db, { id, ...value }) {
      // `add` gets the record without an `id` key (not `id: undefined`).
      if (id === undefined) return add(db, value as Omit<T, 'id'>);
      const record = schema.parse({ ...value, id });
      await tableOf(db).put(record);
      return { ...record, id };
    },
    get: (db, id) => tableOf(db).get(id),
    all: (db) => tableOf(db).toArray(),
    update(db, id, patch) {
      const table = tableOf(db);
      return editRecord(
        db,
        table,
        table.name,
        id,
        (current) => ({ ...current, ...patch, id }),
        (next) => schema.parse(next),
      );
    },
    remove: (db, id) => tableOf(db).delete(id),
  };
}

/** Things worth sharing. */
export const resources = crudFor((db) => db.resources as Table, ResourceSchema);
/** Networking events. */
export const events = crudFor((db) => db.events as Table, EventSchema);
/** What the network brought. */
export const opportunities = crudFor((db) => db.opportunities as Table, OpportunitySchema);
/** Communities and the user's phase in each. */
export const communities = crudFor((db) => db.communities as Table, CommunitySchema);
/** Sittings of the weekly routine. */
export const routineSessions = crudFor((db) => db.routineSessions as Table, RoutineSessionSchema);
/** The user's message templates. */
export const snippets = crudFor((db) => db.snippets as Table, SnippetSchema);
