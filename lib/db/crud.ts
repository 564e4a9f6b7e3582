import type { InsertType, Table } from 'dexie';
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

/** A record as stored: it has its id. */
export type Stored<T extends WithId> = T & { id: number };

/** One of Guild's tables keyed by an auto-incremented `id`, as `GuildDatabase` declares them. */
type IdTable<T extends WithId> = Table<T, number | undefined, InsertType<T, 'id'>>;

/** Records read from a table always have their id; this says so to the compiler without a cast. */
function isStored<T extends WithId>(record: T): record is Stored<T> {
  return typeof record.id === 'number';
}

/** What `editRecord` needs of a table: its name, a read by id and a write. */
interface RecordTable<T> {
  name: string;
  get(id: number): PromiseLike<T | undefined>;
  put(record: T): PromiseLike<unknown>;
}

/**
 * Read record `id`, edit it, validate the result and put it back, in one
 * transaction; throws `<what> <id> does not exist` when it is missing. An
 * edit that returns the record itself means "no change": nothing is written.
 */
export function editRecord<T>(
  db: GuildDatabase,
  table: RecordTable<T>,
  what: string,
  id: number,
  edit: (current: T) => T | Promise<T>,
  validate: (next: T) => T,
): Promise<T> {
  return db.transaction('rw', table.name, async () => {
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
  add(db: GuildDatabase, value: Omit<T, 'id'>): Promise<Stored<T>>;
  /** One record by id. */
  get(db: GuildDatabase, id: number): Promise<Stored<T> | undefined>;
  /** Every record (these tables stay small: hundreds, not thousands). */
  all(db: GuildDatabase): Promise<Stored<T>[]>;
  /** Every record in the order of one of the table's indexes (newest first with `reverse`; at most `limit`). */
  sorted(
    db: GuildDatabase,
    index: keyof T & string,
    options?: { reverse?: boolean; limit?: number },
  ): Promise<Stored<T>[]>;
  /** The records whose indexed `index` is at least `from` (a date, a time). */
  since(db: GuildDatabase, index: keyof T & string, from: number): Promise<Stored<T>[]>;
  /** The records whose indexed `index` lies from `lower` to `upper`, both included. */
  between(db: GuildDatabase, index: keyof T & string, lower: number, upper: number): Promise<Stored<T>[]>;
  /** The record with the smallest `index` (the oldest, for a date). */
  first(db: GuildDatabase, index: keyof T & string): Promise<Stored<T> | undefined>;
  /** A form's save: validate and put with `id` when editing, else add (gets an id). */
  save(db: GuildDatabase, value: Omit<T, 'id'> & { id?: number | undefined }): Promise<Stored<T>>;
  /** Change some fields; the whole record is validated again. Throws if missing. */
  update(db: GuildDatabase, id: number, patch: Partial<Omit<T, 'id'>>): Promise<T>;
  /** Put a record back exactly as it was read (an undo), same id. */
  restore(db: GuildDatabase, record: Stored<T>): Promise<void>;
  /** Delete by id (no-op when missing). */
  remove(db: GuildDatabase, id: number): Promise<void>;
}

function crudFor<T extends WithId>(
  tableOf: (db: GuildDatabase) => IdTable<T>,
  schema: z.ZodMiniType<T>,
): Crud<T> {
  const store = async (db: GuildDatabase, record: T): Promise<Stored<T>> => {
    const table = tableOf(db);
    const id = record.id === undefined ? await table.add(record) : await table.put(record);
    if (id === undefined) throw new Error(`${table.name}: no id given to the stored record`);
    return { ...record, id };
  };
  return {
    // async: an invalid record is a rejected promise, like a failed write.
    add: async (db, value) => store(db, schema.parse(value)),
    // A new record is validated without an `id` key (not `id: undefined`).
    save: async (db, { id, ...value }) =>
      store(db, schema.parse(id === undefined ? value : { ...value, id })),
    async get(db, id) {
      const record = await tableOf(db).get(id);
      return record && isStored(record) ? record : undefined;
    },
    all: async (db) => (await tableOf(db).toArray()).filter(isStored),
    async sorted(db, index, { reverse = false, limit = Infinity } = {}) {
      const ordered = tableOf(db).orderBy(index);
      return (await (reverse ? ordered.reverse() : ordered).limit(limit).toArray()).filter(isStored);
    },
    since: async (db, index, from) =>
      (await tableOf(db).where(index).aboveOrEqual(from).toArray()).filter(isStored),
    between: async (db, index, lower, upper) =>
      (await tableOf(db).where(index).between(lower, upper, true, true).toArray()).filter(isStored),
    async first(db, index) {
      const record = await tableOf(db).orderBy(index).first();
      return record && isStored(record) ? record : undefined;
    },
    update(db, id, patch) {
      const table = tableOf(db);
      return editRecord<T>(
        db,
        table,
        table.name,
        id,
        (current) => ({ ...current, ...patch, id }),
        (next) => schema.parse(next),
      );
    },
    async restore(db, record) {
      await tableOf(db).put(record);
    },
    remove: (db, id) => tableOf(db).delete(id),
  };
}

/** Things worth sharing. */
export const resources = crudFor((db) => db.resources, ResourceSchema);
/** Networking events. */
export const events = crudFor((db) => db.events, EventSchema);
/** What the network brought. */
export const opportunities = crudFor((db) => db.opportunities, OpportunitySchema);
/** Communities and the user's phase in each. */
export const communities = crudFor((db) => db.communities, CommunitySchema);
/** Sittings of the weekly routine. */
export const routineSessions = crudFor((db) => db.routineSessions, RoutineSessionSchema);
/** The user's message templates. */
export const snippets = crudFor((db) => db.snippets, SnippetSchema);
