import Dexie from 'dexie';
import { MAX_NEWS, type Contact } from '../schemas/contact';
import type { ProfileSnapshot } from '../profiles/snapshot';
import { noticeNews } from './news';
import type { GuildDatabase } from './database';
import { findByProfileKey } from './contacts';
import { buildContact, normalizeContact } from './new-contact';
import { applyCorrections, withoutCorrected, type Corrections } from './corrections';

/** The fields a snapshot refreshes: only those it actually read. */
function snapshotFields(snapshot: ProfileSnapshot): Partial<Contact> & Pick<Contact, 'name'> {
  const { headline, company, position, location, avatarUrl } = snapshot;
  return {
    name: snapshot.name,
    ...(headline !== undefined && { headline }),
    ...(company !== undefined && { company }),
    ...(position !== undefined && { position }),
    ...(location !== undefined && { location }),
    ...(avatarUrl !== undefined && { avatarUrl }),
  };
}

function refreshed(
  existing: Contact,
  snapshot: ProfileSnapshot,
  corrections: Corrections,
  now: number,
): Contact {
  // News compares reads with reads: the last snapshot, never what the user typed.
  const news = [...existing.news, ...noticeNews(existing.lastSnapshot, snapshot, now)].slice(-MAX_NEWS);
  // The profile's canonical URL and handle may change (case, encoding); the key does not.
  const profiles = existing.profiles.map((p) => (p.key === snapshot.profile.key ? snapshot.profile : p));
  // A field the user set by hand is never overwritten by a read.
  const read = { ...existing, ...withoutCorrected(snapshotFields(snapshot), existing.corrected) };
  const { fields, corrected } = applyCorrections(read, corrections, existing.corrected);
  return normalizeContact({
    ...fields,
    ...(corrected.length && { corrected }),
    profiles,
    news,
    lastSnapshot: snapshot,
    updatedAt: now,
  });
}

function created(snapshot: ProfileSnapshot, corrections: Corrections, now: number): Contact {
  const { fields, corrected } = applyCorrections(snapshotFields(snapshot), corrections);
  return buildContact(
    {
      ...fields,
      ...(corrected.length && { corrected }),
      profiles: [snapshot.profile],
      lastSnapshot: snapshot,
    },
    now,
  );
}

/**
 * Save the person a snapshot describes, or update the contact that already
 * has this profile key (any of its profiles). The unique multi-entry index on
 * `profileKeys` makes a second record impossible, even when two windows save
 * at the same moment: the loser of the race retries and updates instead.
 * `corrections`: what the user typed over the read before saving; those
 * fields are theirs from then on (see `Contact.corrected`).
 */
export async function saveFromSnapshot(
  db: GuildDatabase,
  snapshot: ProfileSnapshot,
  now = Date.now(),
  corrections: Corrections = {},
): Promise<Contact> {
  const upsert = () =>
    db.transaction('rw', db.contacts, async () => {
      const existing = await findByProfileKey(db, snapshot.profile.key);
      const contact = existing
        ? refreshed(existing, snapshot, corrections, now)
        : created(snapshot, corrections, now);
      const id = await db.contacts.put(contact);
      return { ...contact, id };
    });
  try {
    return await upsert();
  } catch (error) {
    if (isConstraintError(error)) return upsert();
    throw error;
  }
}

/** True when IndexedDB refused a write because a unique index already holds the value. */
export function isConstraintError(error: unknown): boolean {
  return (
    error instanceof Dexie.ConstraintError ||
    (error instanceof Error && (error.name === 'ConstraintError' || /ConstraintError/.test(error.message)))
  );
}
