import { useEffect, useState } from 'react';
import { getDb, getSettings } from '@/lib/db';
import type { Resource } from '@/lib/schemas/library';
import type { Interaction } from '@/lib/schemas/interaction';
import { buildPeopleIndex, candidatesFor, fitsFor, type Fit, type PeopleIndex } from './resource-fits';

/** How long a built people index is reused before the address book is read again. */
const INDEX_TTL_MS = 60_000;
let cached: { at: number; count: number; index: Promise<PeopleIndex> } | undefined;

/**
 * The people index, built on the first expanded resource and shared by the
 * next ones: a dashboard visit reads the address book at most once a minute
 * (or when contacts are added or deleted), never once per resource.
 */
async function peopleIndex(): Promise<PeopleIndex> {
  const db = getDb();
  const count = await db.contacts.count();
  if (!cached || cached.count !== count || Date.now() - cached.at > INDEX_TTL_MS) {
    const index = db.contacts
      .filter((c) => c.interests.length > 0 || c.projects.length > 0)
      .toArray()
      .then(buildPeopleIndex);
    cached = { at: Date.now(), count, index };
  }
  return cached.index;
}

async function computeFits(resource: Resource & { id: number }): Promise<Fit[]> {
  const db = getDb();
  const [index, settings] = await Promise.all([peopleIndex(), getSettings(db)]);
  const candidates = candidatesFor(resource, index);
  const history = new Map<number, Interaction[]>();
  await Promise.all(
    candidates.map(async (c) => {
      history.set(c.id!, await db.interactions.where('contactId').equals(c.id!).toArray());
    }),
  );
  return fitsFor(resource, candidates, (id) => history.get(id) ?? [], settings, Date.now());
}

/** The people a resource fits, computed only while `open` (the resource is expanded). */
export function useFits(resource: Resource & { id: number }, open: boolean): Fit[] | undefined {
  const [fits, setFits] = useState<{ key: string; fits: Fit[] }>();
  const key = `${resource.id}:${resource.tags.join('|')}`;
  useEffect(() => {
    if (!open) return;
    let live = true;
    void computeFits(resource).then((f) => live && setFits({ key, fits: f }));
    return () => {
      live = false;
    };
    // The key covers what matters in `resource` (its id and tags).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, open]);
  return fits?.key === key ? fits.fits : undefined;
}
