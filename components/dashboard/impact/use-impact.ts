import { useLiveQuery } from 'dexie-react-hooks';
import {
  events as eventStore,
  getDb,
  getSettings,
  opportunities as opportunityStore,
  routineSessions as sessionStore,
} from '@/lib/db';
import { resolveZone } from '@/lib/routine';
import type { Contact } from '@/lib/schemas/contact';
import {
  balances,
  lastMonths,
  monthlyImpact,
  mostUnbalanced,
  roiVerdict,
  type ContactBalance,
  type ImpactData,
  type MonthStats,
  type Verdict,
} from '@/lib/stats';

/** Everything the Impact section shows, computed from the database by the pure `lib/stats`. */
export interface ImpactView {
  months: MonthStats[];
  verdict: Verdict;
  overall: { gave: number; received: number };
  unbalanced: (ContactBalance & { contact?: Contact })[];
  empty: boolean;
}

/** Follow-ups are usually due a day after creation; a month of slack catches ones planned further out. */
const TASK_SLACK_MS = 31 * 24 * 3600_000;

/**
 * Read only the last 12 months through the date indexes (plus the oldest
 * record of each table, which dates "six months of data" and tells an empty
 * history from a quiet year), and the close circle through its index: no
 * scan of the whole address book.
 */
async function loadImpact(now: number): Promise<ImpactView> {
  const db = getDb();
  const zone = resolveZone((await getSettings(db)).timeZone);
  const since = lastMonths(now, zone, 12)[0]!.start;
  /** The oldest record first when it is older than the window, then the window. */
  const withOldest = <T>(oldest: T | undefined, date: (r: T) => number, recent: T[]): T[] =>
    oldest && date(oldest) < since ? [oldest, ...recent] : recent;
  const [
    recentOpportunities,
    oldestOpportunity,
    recentSessions,
    oldestSession,
    recentEvents,
    oldestEvent,
    recent,
    oldest,
    tasks,
    closeContacts,
  ] = await Promise.all([
    opportunityStore.since(db, 'date', since),
    opportunityStore.first(db, 'date'),
    sessionStore.since(db, 'startedAt', since),
    sessionStore.first(db, 'startedAt'),
    eventStore.since(db, 'date', since),
    eventStore.first(db, 'date'),
    db.interactions.where('date').aboveOrEqual(since).toArray(),
    db.interactions.orderBy('date').first(),
    db.tasks
      .where('due')
      .aboveOrEqual(since - TASK_SLACK_MS)
      .toArray(),
    db.contacts.where('circle').equals('close').toArray(),
  ]);
  const opportunities = withOldest(oldestOpportunity, (o) => o.date, recentOpportunities);
  const sessions = withOldest(oldestSession, (s) => s.startedAt, recentSessions);
  const events = withOldest(oldestEvent, (e) => e.date, recentEvents);
  const interactions = withOldest(oldest, (i) => i.date, recent);
  const data: ImpactData = { opportunities, sessions, events, interactions, tasks, closeContacts };
  const { overall, byContact } = balances(recent, recentOpportunities);
  const top = mostUnbalanced(byContact, 5);
  const people = await db.contacts.bulkGet(top.map((b) => b.contactId));
  return {
    months: monthlyImpact(data, now, zone),
    verdict: roiVerdict(data, now, zone),
    overall,
    unbalanced: top.map((b, i) => ({ ...b, contact: people[i] })),
    empty:
      !opportunities.length && !sessions.length && !events.length && !recent.length && !closeContacts.length,
  };
}

/** The Impact figures, live: logging an opportunity anywhere updates them. */
export function useImpact(): ImpactView | undefined {
  return useLiveQuery(() => loadImpact(Date.now()), []);
}
