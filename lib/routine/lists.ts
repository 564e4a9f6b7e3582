import { DAY_MS } from '../schemas/common';
import type { Contact } from '../schemas/contact';
import type { Interaction } from '../schemas/interaction';

/** About five people a Monday: a 10-minute sitting, not a chore. */
export const MONDAY_SIZE = 5;
/** How far back Wednesday looks for news, successes and challenges. */
export const WEDNESDAY_LOOKBACK_DAYS = 14;

/** The start of Wednesday's look-back window ending at `now`. */
export function wednesdaySince(now: number, lookbackDays = WEDNESDAY_LOOKBACK_DAYS): number {
  return now - lookbackDays * DAY_MS;
}

/**
 * Monday: close-circle people whose news to check, least recently checked
 * first (never checked comes first), about five.
 */
export function mondayList(contacts: readonly Contact[], size = MONDAY_SIZE): Contact[] {
  return contacts
    .filter((c) => c.circle === 'close')
    .sort((a, b) => (a.lastCheckedAt ?? -1) - (b.lastCheckedAt ?? -1) || a.name.localeCompare(b.name))
    .slice(0, size);
}

/** Why someone is on Wednesday's list. */
export type WednesdayReason =
  | { kind: 'news'; field: 'headline' | 'company' | 'position'; to?: string; at: number }
  | { kind: 'success' | 'challenge'; topic?: string; at: number };

export interface WednesdayItem {
  contact: Contact;
  /** Newest first. */
  reasons: WednesdayReason[];
}

/**
 * Wednesday: people with news noticed on their profile (not yet seen) or a
 * success or challenge logged, in the last two weeks, to congratulate or help.
 * A reason is dropped once the user has logged any interaction with the
 * person after it (they already reacted).
 */
export function wednesdayList(
  contacts: readonly Contact[],
  interactions: readonly Interaction[],
  now: number,
  lookbackDays = WEDNESDAY_LOOKBACK_DAYS,
): WednesdayItem[] {
  const since = wednesdaySince(now, lookbackDays);
  const byContact = new Map<number, Interaction[]>();
  for (const i of interactions) {
    const list = byContact.get(i.contactId);
    if (list) list.push(i);
    else byContact.set(i.contactId, [i]);
  }
  const items: WednesdayItem[] = [];
  for (const contact of contacts) {
    if (contact.id === undefined || contact.circle === 'dormant') continue;
    const theirs = byContact.get(contact.id) ?? [];
    const lastResponse = Math.max(
      -1,
      ...theirs.filter((i) => i.kind !== 'success' && i.kind !== 'challenge').map((i) => i.date),
    );
    const reasons: WednesdayReason[] = [
      ...contact.news
        .filter((n) => n.seenAt === undefined && n.noticedAt >= since && n.noticedAt <= now)
        .map((n): WednesdayReason => ({ kind: 'news', field: n.field, to: n.to, at: n.noticedAt })),
      ...theirs
        .filter((i) => (i.kind === 'success' || i.kind === 'challenge') && i.date >= since && i.date <= now)
        .map((i): WednesdayReason => ({
          kind: i.kind as 'success' | 'challenge',
          topic: i.topic,
          at: i.date,
        })),
    ].filter((r) => r.at > lastResponse);
    if (reasons.length) items.push({ contact, reasons: reasons.sort((a, b) => b.at - a.at) });
  }
  return items.sort((a, b) => (b.reasons[0]?.at ?? 0) - (a.reasons[0]?.at ?? 0));
}
