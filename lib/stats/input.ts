import type { Contact } from '../schemas/contact';
import type { Interaction } from '../schemas/interaction';
import type { NetworkEvent, Opportunity, RoutineSession } from '../schemas/library';
import type { Task } from '../schemas/task';

/** Everything the Impact statistics read: plain records, so they run anywhere and test on fixed data. */
export interface ImpactData {
  opportunities: readonly Pick<Opportunity, 'kind' | 'date' | 'sourceContactId'>[];
  sessions: readonly Pick<RoutineSession, 'startedAt' | 'minutes'>[];
  events: readonly Pick<NetworkEvent, 'date'>[];
  interactions: readonly Pick<
    Interaction,
    'contactId' | 'date' | 'kind' | 'direction' | 'minutes' | 'eventId'
  >[];
  /** Follow-up tasks (other kinds are ignored). */
  tasks: readonly Pick<Task, 'kind' | 'createdAt' | 'status' | 'doneAt'>[];
  /** Contacts now in the close circle. */
  closeContacts: readonly Pick<Contact, 'createdAt'>[];
}

/**
 * Events have no recorded length, so each one that has happened counts as
 * two hours (travel, talks, conversations). Interactions logged at an event
 * are not counted again: the event's two hours cover them.
 */
export const EVENT_MINUTES = 120;

/** Minutes invested in `[from, to)`, by where they went. Planned events (after `now`) cost nothing yet. */
export interface Minutes {
  routine: number;
  events: number;
  interactions: number;
  total: number;
}

/** Time invested between `from` (included) and `to` (excluded). */
export function minutesIn(data: ImpactData, from: number, to: number, now: number): Minutes {
  const inside = (t: number) => t >= from && t < to;
  let routine = 0;
  for (const s of data.sessions) if (inside(s.startedAt)) routine += s.minutes;
  let events = 0;
  for (const e of data.events) if (inside(e.date) && e.date <= now) events += EVENT_MINUTES;
  let interactions = 0;
  for (const i of data.interactions) {
    if (inside(i.date) && i.eventId === undefined) interactions += i.minutes ?? 0;
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    routine: round(routine),
    events,
    interactions: round(interactions),
    total: round(routine + events + interactions),
  };
}

/** The first instant anything was recorded (sessions, past events, interactions, opportunities), or undefined. */
export function firstActivity(data: ImpactData, now: number): number | undefined {
  let first = Infinity;
  for (const s of data.sessions) first = Math.min(first, s.startedAt);
  for (const e of data.events) if (e.date <= now) first = Math.min(first, e.date);
  for (const i of data.interactions) first = Math.min(first, i.date);
  for (const o of data.opportunities) first = Math.min(first, o.date);
  return first === Infinity ? undefined : first;
}
