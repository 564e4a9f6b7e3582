import { afterEach, expect } from 'vitest';
import Dexie from 'dexie';
import { DATABASE_VERSIONS, GuildDatabase, openDatabase } from '@/lib/db';
import { freshDbName } from '../../helpers';

/** Versions 1 to `last`: what later versions add does not blur one step's exact output. */
export const versionsUpTo = (last: number) => DATABASE_VERSIONS.filter((v) => v.version <= last);

/** Fresh database names for a describe block's tests, each deleted after its test. */
export function useMigrationNames(): () => string {
  const names: string[] = [];
  afterEach(async () => {
    await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
  });
  return () => {
    const name = freshDbName();
    names.push(name);
    return name;
  };
}

/** A database exactly as version `last` of Guild left it, holding what `fill` writes. */
export async function createAtVersion(
  name: string,
  last: number,
  fill?: (db: GuildDatabase) => Promise<unknown>,
): Promise<void> {
  const old = new GuildDatabase(name, { versions: versionsUpTo(last) });
  await old.open();
  await fill?.(old);
  old.close();
}

/** `name` opened through the app's open path, upgraded to `last` (the latest by default); it must succeed. */
export async function openUpgraded(name: string, last?: number): Promise<GuildDatabase> {
  const db = new GuildDatabase(name, last === undefined ? {} : { versions: versionsUpTo(last) });
  expect((await openDatabase(db)).ok).toBe(true);
  return db;
}
