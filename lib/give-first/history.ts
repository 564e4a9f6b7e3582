import { DAY_MS } from '../schemas/common';
import { GIVING_KINDS, type Interaction } from '../schemas/interaction';

/** What the engine needs to know from one person's history. */
export interface HistorySummary {
  lastGaveAt?: number;
  gaveCount: number;
  receivedCount: number;
  /** Contacts already introduced to this person (either way round). */
  introducedTo: Set<number>;
  /** Resources already given to them. */
  givenResources: Set<number>;
  lastReviewedAt?: number;
  lastCongratulatedAt?: number;
  /** Successes and challenges they had, newest first. */
  successes: Interaction[];
  challenges: Interaction[];
  /** Topics of recent conversations (matched like interests). */
  topics: string[];
}

/** Conversations older than this no longer say what the person cares about now. */
const TOPIC_WINDOW_DAYS = 180;

/**
 * A gift to the person: recorded as given, or of a giving kind unless
 * recorded as received. A `mutual` exchange of a giving kind counts as a
 * gift here (the Impact balance, `flowOf`, counts it as neither).
 */
function isGiving(i: Interaction): boolean {
  return i.direction === 'gave' || (i.direction !== 'received' && GIVING_KINDS.has(i.kind));
}

/**
 * Summarise the interactions that involve `contactId`: those logged on them,
 * and introductions logged on someone else that name them as the other
 * person. Other people's interactions are ignored, so callers may pass more.
 */
export function summariseHistory(
  contactId: number,
  interactions: readonly Interaction[],
  now: number,
): HistorySummary {
  const s: HistorySummary = {
    gaveCount: 0,
    receivedCount: 0,
    introducedTo: new Set(),
    givenResources: new Set(),
    successes: [],
    challenges: [],
    topics: [],
  };
  for (const i of interactions) {
    if (i.contactId !== contactId) {
      // An introduction logged on the other person is still one made to this one.
      if (i.otherContactId === contactId && i.kind === 'introduced') {
        s.introducedTo.add(i.contactId);
        s.gaveCount += 1;
        s.lastGaveAt = Math.max(s.lastGaveAt ?? 0, i.date);
      }
      continue;
    }
    if (isGiving(i)) {
      s.gaveCount += 1;
      s.lastGaveAt = Math.max(s.lastGaveAt ?? 0, i.date);
    } else if (i.kind === 'received' || i.direction === 'received') s.receivedCount += 1;
    if (i.kind === 'introduced' && i.otherContactId !== undefined) s.introducedTo.add(i.otherContactId);
    if (i.resourceId !== undefined && isGiving(i)) s.givenResources.add(i.resourceId);
    if (i.kind === 'reviewed') s.lastReviewedAt = Math.max(s.lastReviewedAt ?? 0, i.date);
    if (i.kind === 'congratulated') s.lastCongratulatedAt = Math.max(s.lastCongratulatedAt ?? 0, i.date);
    if (i.kind === 'success') s.successes.push(i);
    if (i.kind === 'challenge') s.challenges.push(i);
    if (i.topic && now - i.date <= TOPIC_WINDOW_DAYS * DAY_MS) s.topics.push(i.topic);
  }
  // Newest first, then by id: a stable order for equal dates.
  const newest = (a: Interaction, b: Interaction) => b.date - a.date || (a.id ?? 0) - (b.id ?? 0);
  s.successes.sort(newest);
  s.challenges.sort(newest);
  return s;
}

/**
 * Group interactions by the people they involve, for ranking many contacts
 * at once (`rankContacts`, for the Friday routine): an introduction is
 * listed under both people.
 */
export function groupInteractions(interactions: readonly Interaction[]): Map<number, Interaction[]> {
  const by = new Map<number, Interaction[]>();
  const put = (id: number, i: Interaction) => {
    const list = by.get(id);
    if (list) list.push(i);
    else by.set(id, [i]);
  };
  for (const i of interactions) {
    put(i.contactId, i);
    if (i.otherContactId !== undefined && i.otherContactId !== i.contactId) put(i.otherContactId, i);
  }
  return by;
}
