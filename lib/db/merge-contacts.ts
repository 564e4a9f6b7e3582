import { withoutUndefined } from '../schemas/common';
import { MAX_LABELS, MAX_NEWS, MAX_NOTES, type Circle, type Contact } from '../schemas/contact';
import type { GuildDatabase } from './database';
import { normalizeContact } from './new-contact';

const CLOSENESS: Record<Circle, number> = { close: 3, active: 2, acquaintance: 1, dormant: 0 };

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];
const minDefined = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const maxDefined = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/**
 * The merged record, pure: `keep`'s scalar fields win when set, every list
 * is the union of both, notes are concatenated, the closer circle wins, and
 * the earliest creation and latest interaction are kept.
 */
export function mergedContact(keep: Contact, other: Contact, now: number): Contact {
  const notes = [keep.notes, other.notes].filter((n) => n.trim()).join('\n\n');
  return normalizeContact({
    ...other,
    ...withoutUndefined(keep),
    id: keep.id,
    profiles: [...keep.profiles, ...other.profiles],
    circle: CLOSENESS[other.circle] > CLOSENESS[keep.circle] ? other.circle : keep.circle,
    tags: union(keep.tags, other.tags).slice(0, MAX_LABELS),
    interests: union(keep.interests, other.interests).slice(0, MAX_LABELS),
    projects: union(keep.projects, other.projects).slice(0, MAX_LABELS),
    needs: union(keep.needs, other.needs).slice(0, MAX_LABELS),
    offers: union(keep.offers, other.offers).slice(0, MAX_LABELS),
    communityIds: union(keep.communityIds, other.communityIds),
    notes: notes.slice(0, MAX_NOTES),
    news: [...keep.news, ...other.news].sort((a, b) => a.noticedAt - b.noticedAt).slice(-MAX_NEWS),
    createdAt: Math.min(keep.createdAt, other.createdAt),
    updatedAt: now,
    lastInteractionAt: maxDefined(keep.lastInteractionAt, other.lastInteractionAt),
    lastCheckedAt: maxDefined(keep.lastCheckedAt, other.lastCheckedAt),
    connectedOn: minDefined(keep.connectedOn, other.connectedOn),
  } as Contact);
}

/**
 * Merge contact `otherId` into `keepId` (two records for one person): all
 * interactions, tasks, tags, notes and profiles are kept, every other
 * table's reference to `otherId` is rewritten, and `otherId` is deleted.
 * One transaction: all or nothing.
 */
export async function mergeContacts(
  db: GuildDatabase,
  keepId: number,
  otherId: number,
  now = Date.now(),
): Promise<Contact> {
  if (keepId === otherId) throw new Error('cannot merge a contact with itself');
  const tables = [
    db.contacts,
    db.interactions,
    db.tasks,
    db.events,
    db.opportunities,
    db.routineSessions,
    db.suggestionStates,
    db.copyLogs,
  ];
  return await db.transaction('rw', tables, async () => {
    const [keep, other] = await Promise.all([db.contacts.get(keepId), db.contacts.get(otherId)]);
    if (!keep || !other) throw new Error(`contact ${keep ? otherId : keepId} does not exist`);
    const merged = mergedContact(keep, other, now);
    // Delete first: the merged record takes over the other's unique profile keys.
    await db.contacts.delete(otherId);
    await db.contacts.put(merged);
    await db.interactions.where('contactId').equals(otherId).modify({ contactId: keepId });
    await db.interactions
      .filter((i) => i.otherContactId === otherId)
      .modify((i) => {
        i.otherContactId = keepId;
      });
    await db.tasks.where('contactId').equals(otherId).modify({ contactId: keepId });
    await db.suggestionStates.where('contactId').equals(otherId).modify({ contactId: keepId });
    await db.copyLogs.filter((c) => c.contactId === otherId).modify({ contactId: keepId });
    await db.opportunities.where('sourceContactId').equals(otherId).modify({ sourceContactId: keepId });
    await db.events
      .where('contactIds')
      .equals(otherId)
      .modify((e) => {
        e.contactIds = union(
          e.contactIds.map((id) => (id === otherId ? keepId : id)),
          [],
        );
      });
    await db.routineSessions
      .filter((s) => s.actions.some((a) => a.contactId === otherId))
      .modify((s) => {
        s.actions = s.actions.map((a) => (a.contactId === otherId ? { ...a, contactId: keepId } : a));
      });
    return merged;
  });
}
