import type { GuildDatabase } from '../db';
import { openTasks, opportunities as opportunityStore, resources as resourceStore } from '../db';
import type { Contact } from '../schemas/contact';
import type { Settings } from '../schemas/settings';
import type { Task } from '../schemas/task';
import { fridayPairs, type FridayPair } from './friday';
import { mondayList, wednesdayList, wednesdaySince, type WednesdayItem } from './lists';
import { followUps, keepInTouch, type Due } from './reminders';
import type { RoutineTheme } from './themes';
import type { Zone } from './zone';

/** Monday's people, from the close circle (indexed by `circle`). */
export async function loadMondayList(db: GuildDatabase): Promise<Contact[]> {
  return mondayList(await db.contacts.where('circle').equals('close').toArray());
}

/**
 * Wednesday's people: recent successes and challenges come from the `date`
 * index; unseen news lives on the contact, so that part is a scan (fine for
 * thousands of contacts; an index on news would be the DB's call at 100,000).
 */
export async function loadWednesdayList(db: GuildDatabase, now: number): Promise<WednesdayItem[]> {
  const [interactions, withNews] = await Promise.all([
    db.interactions.where('date').aboveOrEqual(wednesdaySince(now)).toArray(),
    db.contacts.filter((c) => c.news.some((n) => n.seenAt === undefined)).toArray(),
  ]);
  const loaded = new Set(withNews.map((c) => c.id));
  const ids = [...new Set(interactions.map((i) => i.contactId))].filter((id) => !loaded.has(id));
  const others = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => !!c);
  return wednesdayList([...withNews, ...others], interactions, now);
}

/** Friday's resource → person pairs, from the give-first engine over the whole address book. */
export async function loadFridayPairs(
  db: GuildDatabase,
  now: number,
  settings: Pick<Settings, 'cadenceDays'>,
): Promise<FridayPair[]> {
  const [contacts, resources, opportunities, interactions, states] = await Promise.all([
    db.contacts.toArray(),
    resourceStore.all(db),
    opportunityStore.all(db),
    db.interactions.toArray(),
    db.suggestionStates.toArray(),
  ]);
  return fridayPairs({ contacts, resources, opportunities, interactions, states, settings, now });
}

/** A follow-up with the person it is about (a task may name no one). */
export type FollowUp = Task & { name: string; contact?: Contact };

/** Open follow-ups with their due times and people, soonest first. */
export async function loadFollowUps(db: GuildDatabase): Promise<Due<FollowUp>[]> {
  const due = followUps(await openTasks(db));
  const ids = due.map((d) => d.item.contactId).filter((id): id is number => id !== undefined);
  const people = new Map((await db.contacts.bulkGet(ids)).flatMap((c) => (c?.id ? [[c.id, c]] : [])));
  return due.map(({ item, dueAt }) => {
    const contact = item.contactId === undefined ? undefined : people.get(item.contactId);
    return { dueAt, item: { ...item, contact, name: contact?.name ?? item.title ?? '—' } };
  });
}

/** Everyone with a keep-in-touch date (dormant people have none), soonest first. */
export async function loadKeepInTouch(
  db: GuildDatabase,
  settings: Pick<Settings, 'cadenceDays'>,
  zone: Zone,
): Promise<Due<Contact>[]> {
  const people = await db.contacts.where('circle').anyOf('close', 'active', 'acquaintance').toArray();
  return keepInTouch(people, settings.cadenceDays, zone);
}

/** The names a routine day's notification counts and shows. */
export async function loadRoutineNames(
  db: GuildDatabase,
  theme: RoutineTheme,
  now: number,
  settings: Pick<Settings, 'cadenceDays'>,
): Promise<string[]> {
  if (theme === 'monday') return (await loadMondayList(db)).map((c) => c.name);
  if (theme === 'wednesday') return (await loadWednesdayList(db, now)).map((i) => i.contact.name);
  return (await loadFridayPairs(db, now, settings)).map((p) => p.contact.name);
}
