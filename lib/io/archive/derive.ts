import type { Contact } from '../../schemas/contact';
import type { ArchiveFact, Interaction } from '../../schemas/interaction';
import type { PendingInvitation } from '../../schemas/invitation';
import { withoutUndefined } from '../../schemas/common';
import type { ArchiveContent } from './read';
import type { Match } from './match';
import { nameKey, type PersonRef } from './people';

/** An interaction derived from the archive, before it is compared with what is stored. */
export type DerivedEntry = Omit<Interaction, 'id'> & { importKey: string; archive: ArchiveFact };

/** What the archive said about people it could not tie to a contact. */
export interface Unmatched {
  notAContact: number;
  ambiguous: number;
}

export interface Derived {
  /** Entries by import key: the same fact said twice (two eras of a file) is one entry. */
  entries: Map<string, DerivedEntry>;
  /** Open invitations by key (the latest per person and way). */
  pending: Map<string, Omit<PendingInvitation, 'id'>>;
  /** Keys of invitations now accepted: a stored open one is closed. */
  accepted: Set<string>;
  unmatched: Record<'messages' | 'invitations' | 'recommendations' | 'endorsements', Unmatched>;
  messagesCounted: number;
}

const PREFIX = 'linkedin-archive';
/** People or facts handled between two breaths. */
const STEP = 150;

/**
 * The person in an import key: their LinkedIn profile key (it survives a
 * merge of two contacts, which changes ids), else the contact's id.
 */
function whoOf(contact: Pick<Contact, 'id' | 'profileKeys'>): string {
  const linkedIn = contact.profileKeys.filter((k) => k.startsWith('linkedin:')).sort()[0];
  return linkedIn ?? `contact:${contact.id}`;
}

const invitationKey = (direction: 'sent' | 'received', person: PersonRef) =>
  `${direction}:${person.profile ? person.profile.key : `name:${nameKey(person.name ?? '')}`}`;

/**
 * Turn what the archive says into timeline entries keyed for idempotence
 * (`linkedin-archive:messages:<contact>:<month>` …): messages per person
 * and month, invitations, recommendations and endorsements given and
 * received (kinds the Impact balance counts: `recommended`/`gave` with
 * direction `gave`, `received` with direction `received`). Invitations
 * whose person is not a connection become the open-invitation list.
 */
export function* deriveEntries(
  content: ArchiveContent,
  match: (ref: PersonRef) => Match,
  isConnection: (contactId: number) => boolean,
): Generator<void, Derived> {
  // A breath every few hundred people (the caller keeps its transaction alive meanwhile).
  let steps = 0;
  const tick = () => ++steps % STEP === 0;
  const entries = new Map<string, DerivedEntry>();
  const unmatched = {
    messages: { notAContact: 0, ambiguous: 0 },
    invitations: { notAContact: 0, ambiguous: 0 },
    recommendations: { notAContact: 0, ambiguous: 0 },
    endorsements: { notAContact: 0, ambiguous: 0 },
  };
  const miss = (what: keyof typeof unmatched, m: Match) => {
    if ('none' in m) unmatched[what][m.none === 'ambiguous' ? 'ambiguous' : 'notAContact'] += 1;
  };
  let messagesCounted = 0;

  for (const { person, months } of content.messages?.people ?? []) {
    if (tick()) yield;
    const m = match(person);
    if (!('contact' in m)) {
      miss('messages', m);
      continue;
    }
    const contactId = m.contact.id;
    for (const month of months) {
      const importKey = `${PREFIX}:messages:${whoOf(m.contact)}:${month.month}`;
      const known = entries.get(importKey);
      messagesCounted += month.sent + month.received;
      if (known?.archive.what === 'messages') {
        known.archive.sent += month.sent;
        known.archive.received += month.received;
        known.date = Math.max(known.date, month.last);
        continue;
      }
      entries.set(importKey, {
        contactId,
        kind: 'message',
        channel: 'linkedin',
        date: month.last,
        importKey,
        archive: { what: 'messages', month: month.month, sent: month.sent, received: month.received },
      });
    }
  }

  const pending = new Map<string, Omit<PendingInvitation, 'id'>>();
  const accepted = new Set<string>();
  for (const { person, by, sentAt } of content.invitations) {
    if (tick()) yield;
    const m = match(person);
    const direction = by === 'me' ? 'sent' : 'received';
    const key = invitationKey(direction, person);
    if ('contact' in m) {
      const importKey = `${PREFIX}:invitation:${by}:${whoOf(m.contact)}:${sentAt}`;
      entries.set(importKey, {
        contactId: m.contact.id,
        kind: 'message',
        channel: 'linkedin',
        date: sentAt,
        importKey,
        archive: { what: 'invitation', by },
      });
      if (isConnection(m.contact.id)) {
        accepted.add(key);
        continue;
      }
    } else if (m.none === 'ambiguous') {
      // Maybe a connection, maybe not: neither a timeline entry nor an open invitation.
      miss('invitations', m);
      continue;
    } else miss('invitations', m);
    const name = person.name ?? person.profile?.handle;
    if (!name) continue;
    const latest = pending.get(key);
    if (!latest || sentAt > latest.sentAt) {
      pending.set(key, withoutUndefined({ key, direction, name, profile: person.profile, sentAt }));
    }
  }

  for (const { person, by, at, text } of content.recommendations) {
    if (tick()) yield;
    const m = match(person);
    if (!('contact' in m)) {
      miss('recommendations', m);
      continue;
    }
    const importKey = `${PREFIX}:recommendation:${by}:${whoOf(m.contact)}:${at}`;
    entries.set(
      importKey,
      withoutUndefined({
        contactId: m.contact.id,
        kind: by === 'me' ? 'recommended' : 'received',
        direction: by === 'me' ? 'gave' : 'received',
        channel: 'linkedin',
        date: at,
        notes: text || undefined,
        importKey,
        archive: { what: 'recommendation', by },
      }) as DerivedEntry,
    );
  }

  for (const { person, by, day, at, skills } of content.endorsements) {
    if (tick()) yield;
    const m = match(person);
    if (!('contact' in m)) {
      miss('endorsements', m);
      continue;
    }
    const importKey = `${PREFIX}:endorsement:${by}:${whoOf(m.contact)}:${day}`;
    const known = entries.get(importKey);
    if (known?.archive.what === 'endorsement') {
      known.date = Math.max(known.date, at);
      for (const skill of skills) if (!known.archive.skills.includes(skill)) known.archive.skills.push(skill);
      continue;
    }
    entries.set(importKey, {
      contactId: m.contact.id,
      kind: by === 'me' ? 'gave' : 'received',
      direction: by === 'me' ? 'gave' : 'received',
      channel: 'linkedin',
      date: at,
      importKey,
      archive: { what: 'endorsement', by, skills: [...skills] },
    });
  }
  return { entries, pending, accepted, unmatched, messagesCounted };
}
