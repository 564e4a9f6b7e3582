import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from '../harness/paths';
import type { ProfileSnapshot } from '@/lib/profiles/snapshot';
import { profileFromUrl } from '@/lib/profiles/detect';
import { getDb, TABLE_NAMES } from '@/lib/db';

/** Parse a saved page into a fresh Document (happy-dom's DOMParser; no script runs). */
export function loadFixture(relative: string): Document {
  const html = readFileSync(path.join(FIXTURES_DIR, relative), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A minimal valid snapshot for the person a URL names. */
export function snapshotOf(url: string, fields: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  const profile = profileFromUrl(url);
  if (!profile) throw new Error(`not a profile URL: ${url}`);
  return { profile, name: 'Jane Doe', sources: { name: 'title' }, readAt: 0, ...fields };
}

let counter = 0;
/** A unique database name, so tests never share state. */
export function freshDbName(): string {
  counter += 1;
  return `guild-test-${process.pid}-${counter}-${Date.now()}`;
}

/** Empty every table of the shared database (`getDb()`) that the components use. */
export async function clearSharedDb(): Promise<void> {
  const db = getDb();
  await Promise.all(TABLE_NAMES.map((name) => db.table(name).clear()));
}
