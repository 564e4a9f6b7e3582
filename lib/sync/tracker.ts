import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { HybridClock } from './hlc';
import type { SyncChange, SyncState } from './local-state';
import { isSyncedTable, SYNC_STATE_ID } from './synced-tables';

const CHANGES = 'syncChanges';
const STATE = 'syncState';

/** This page's clock for local edits (each extension page and the background has its own). */
export const localClock = new HybridClock();

type IdbLike = { mode?: string; objectStoreNames?: { contains(name: string): boolean } };

function tracks(trans: DBCoreTransaction): boolean {
  const idb = trans as IdbLike;
  // An upgrade runs before the sync tables may exist, and rewrites no user edit.
  return idb.mode !== 'versionchange' && idb.objectStoreNames?.contains(CHANGES) === true;
}

/** The primary keys a write touched (read before a range delete, which does not list them). */
async function touchedKeys(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  results: unknown[] | undefined,
): Promise<unknown[]> {
  switch (req.type) {
    case 'add':
      return results ?? req.keys ?? [];
    case 'put':
      return results ?? req.keys ?? req.updates?.keys ?? [];
    case 'delete':
      return req.keys;
    case 'deleteRange': {
      const found = await table.query({
        trans: req.trans,
        values: false,
        query: { index: table.schema.primaryKey, range: req.range },
      });
      return found.result;
    }
  }
}

/**
 * Dexie middleware that notes every write to a synced table in
 * `syncChanges` (table, id, clock), in the same transaction as the write, so
 * no edit can be missed by sync whichever page made it. It writes nothing
 * while sync is off (turning sync on reads every record once instead).
 */
export const syncTracker: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'guild-sync-tracker',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === CHANGES)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.some(isSyncedTable) && !stores.includes(CHANGES)
            ? [...stores, CHANGES, STATE]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isSyncedTable(name)) return table;
        return {
          ...table,
          async mutate(req) {
            if (!tracks(req.trans)) return table.mutate(req);
            const state = (await down.table(STATE).get({ trans: req.trans, key: SYNC_STATE_ID })) as
              SyncState | undefined;
            if (!state?.enabled) return table.mutate(req);
            const before = req.type === 'deleteRange' ? await touchedKeys(table, req, undefined) : undefined;
            const res = await table.mutate(req);
            const keys = before ?? (await touchedKeys(table, req, res.results));
            const t = localClock.tick();
            const values: SyncChange[] = keys
              .filter((key, i) => key !== undefined && !(i in res.failures))
              .map((localId) => ({ table: name, localId: localId as number | string, t }));
            if (values.length > 0)
              await down.table(CHANGES).mutate({ type: 'put', trans: req.trans, values });
            return res;
          },
        };
      },
    };
  },
};
