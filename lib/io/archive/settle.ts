import type { InvitationFact } from './invitations';
import type { MessagesReader } from './messages';
import { nameKey, type PersonRef } from './people';

/** Messages exchanged with one person in one month. */
export interface MonthCount {
  month: string;
  sent: number;
  received: number;
  /** The month's last message with them. */
  last: number;
}

export interface PersonMessages {
  person: PersonRef;
  months: MonthCount[];
}

export interface SettledMessages {
  people: PersonMessages[];
  /** Messages that could not be credited to anyone (the user could not be recognised). */
  unattributed: number;
}

/**
 * Who the user is, then whom each message was with. No file states the
 * user's profile: it is the inviter of their sent invitations, or the
 * profile present in (almost) every message; their name comes from
 * Profile.csv and from those profiles' rows. A message from the user counts
 * as sent to each recipient; any other as received from its sender. When
 * the user cannot be recognised, messages are left uncounted, never guessed.
 */
export function settleMessages(
  reader: MessagesReader,
  invitationOwners: readonly InvitationFact['person'][],
  profileName: string | undefined,
): SettledMessages {
  const steps = settleSteps(reader, invitationOwners, profileName);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Groups settled between two breaths. */
const STEP = 2000;

/** `settleMessages` in steps: the caller breathes between them (200,000 messages are ~80,000 groups). */
export function* settleSteps(
  reader: MessagesReader,
  invitationOwners: readonly InvitationFact['person'][],
  profileName: string | undefined,
): Generator<void, SettledMessages> {
  const ownerKeys = new Set(invitationOwners.flatMap((p) => (p.profile ? [p.profile.key] : [])));
  // The profile named in at least half the rows that carry profiles is the user's own.
  let best: number | undefined;
  for (const [id, rows] of reader.rowsNaming) {
    if (reader.refs[id]?.profile && (best === undefined || rows > reader.rowsNaming.get(best)!)) best = id;
  }
  if (best !== undefined && reader.rowsNaming.get(best)! * 2 >= reader.rowsWithProfiles) {
    ownerKeys.add(reader.refs[best]!.profile!.key);
  }
  const ownerNames = new Set<string>();
  if (profileName) ownerNames.add(nameKey(profileName));
  for (const ref of reader.refs) {
    if (ref.profile && ownerKeys.has(ref.profile.key) && ref.name) ownerNames.add(nameKey(ref.name));
  }
  const isOwner = (id: number) => {
    const ref = reader.refs[id];
    if (!ref) return false;
    if (ref.profile) return ownerKeys.has(ref.profile.key);
    return ref.name !== undefined && ownerNames.has(nameKey(ref.name));
  };
  const known = ownerKeys.size > 0 || ownerNames.size > 0;

  const byPerson = new Map<number, Map<string, MonthCount>>();
  const add = (id: number, month: string, sent: number, received: number, last: number) => {
    let months = byPerson.get(id);
    if (!months) byPerson.set(id, (months = new Map()));
    const entry = months.get(month);
    if (!entry) months.set(month, { month, sent, received, last });
    else {
      entry.sent += sent;
      entry.received += received;
      entry.last = Math.max(entry.last, last);
    }
  };
  let unattributed = 0;
  let n = 0;
  for (const g of reader.allGroups()) {
    if (++n % STEP === 0) yield;
    const outgoing = g.direction === 'out' || (g.direction === undefined && isOwner(g.sender));
    const incoming = g.direction === 'in' || (g.direction === undefined && known && !isOwner(g.sender));
    if (outgoing) {
      const others = g.recipients.filter((r) => !isOwner(r));
      for (const r of others) add(r, g.month, g.count, 0, g.last);
      if (!others.length) unattributed += g.count;
    } else if (incoming && !isOwner(g.sender)) add(g.sender, g.month, 0, g.count, g.last);
    else unattributed += g.count;
  }
  const people = [...byPerson].map(([id, months]) => ({
    person: reader.refs[id]!,
    months: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
  }));
  return { people, unattributed };
}
