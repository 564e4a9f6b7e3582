import type { Contact } from '../schemas/contact';
import type { Interaction } from '../schemas/interaction';
import type { NetworkEvent } from '../schemas/library';
import type { Task, TaskAbout } from '../schemas/task';
import type { ProfileSnapshot } from '../profiles/snapshot';
import type { Corrections } from '../db/corrections';
import type { QuickSaveInput } from './input';
import { FOLLOW_UP_WITHIN_MS } from '../follow-up-window';

export { FOLLOW_UP_WITHIN_MS };

/** Who the user talked to: the person on the page, a saved contact, or just a name. */
export type QuickSaveWho =
  /** `corrections`: what the user typed over the read before this first save. */
  | { kind: 'snapshot'; snapshot: ProfileSnapshot; contact?: Contact; corrections?: Corrections }
  | { kind: 'contact'; contact: Contact }
  | { kind: 'name'; name: string };

/** A task the quick-save creates once the contact has an id. */
export type PlannedTask = Pick<Task, 'kind' | 'about' | 'due' | 'origin'>;

/** Everything a quick-save stores, decided without touching the database. */
export interface QuickSavePlan {
  name: string;
  /** Fields to set on the contact (new or existing): how we met (only when unknown), projects. */
  contactPatch: Pick<Contact, 'projects'> & Partial<Pick<Contact, 'howWeMet'>>;
  interaction: Omit<Interaction, 'id' | 'contactId'>;
  tasks: PlannedTask[];
  /** The event "where" names, when it is one of the user's events (the contact joins its list). */
  eventId?: number;
}

/** The user's event whose name is what they typed in "where" (any case, surrounding spaces ignored). */
export function matchEvent(where: string, events: readonly NetworkEvent[]): NetworkEvent | undefined {
  const wanted = where.trim().toLocaleLowerCase();
  return events.find((e) => e.name.trim().toLocaleLowerCase() === wanted);
}

/** The name a quick-save stores: the contact's when saved, else the page's or the typed one. */
export function nameOf(who: QuickSaveWho): string {
  if (who.kind === 'name') return who.name.trim();
  if (who.kind === 'contact') return who.contact.name;
  return who.contact?.name ?? (who.corrections?.name?.trim() || who.snapshot.name);
}

/** The saved contact a quick-save adds to, if any. */
export function existingOf(who: QuickSaveWho): Contact | undefined {
  return who.kind === 'name' ? undefined : who.contact;
}

/** Quick-save's notes are "where — next step" (or just "where"). */
const NOTES_SEPARATOR = ' — ';

/** The notes a quick-save writes on the conversation. */
export function quickSaveNotes(where: string, nextStep: string | undefined): string {
  return nextStep ? `${where}${NOTES_SEPARATOR}${nextStep}` : where;
}

/** The "where" part of notes written by `quickSaveNotes` (of other notes: up to their first " — "). */
export function whereOfNotes(notes: string | undefined): string | undefined {
  return notes?.split(NOTES_SEPARATOR)[0];
}

/**
 * "Connect on LinkedIn" fits only someone with no LinkedIn link yet, met
 * elsewhere: on X, or in person (saved by name). Someone whose LinkedIn
 * profile is open, or who came from the Connections import, is already there.
 */
export function needsLinkedInConnect(who: QuickSaveWho): boolean {
  const contact = existingOf(who);
  if (contact?.connectedOn !== undefined) return false;
  const sites = new Set(contact?.profiles.map((p) => p.site) ?? []);
  if (who.kind === 'snapshot') sites.add(who.snapshot.profile.site);
  return !sites.has('linkedin');
}

/**
 * Plan a quick-save: the conversation to log, what the contact learns (how
 * you met, their project) and the follow-ups due within 24 hours —
 * "connect on LinkedIn" when they have no LinkedIn link (see
 * `needsLinkedInConnect`), "send what you promised" when something was
 * promised, the next step when one was typed (due when the user chose), and
 * otherwise "send your follow-up message". Pure: same input, same plan.
 */
export function planQuickSave(args: {
  input: QuickSaveInput;
  who: QuickSaveWho;
  events: readonly NetworkEvent[];
  now: number;
  /** The contact's tasks still open: a "connect" already waiting is not created twice. */
  openTasks?: readonly Pick<Task, 'kind'>[];
}): QuickSavePlan {
  const { input, who, now } = args;
  const name = nameOf(who);
  const existing = existingOf(who);
  const event = matchEvent(input.where, args.events);
  const due = now + FOLLOW_UP_WITHIN_MS;

  const projects = existing?.projects ?? [];
  const contactPatch: QuickSavePlan['contactPatch'] = {
    projects:
      input.project && !projects.some((p) => p.toLocaleLowerCase() === input.project?.toLocaleLowerCase())
        ? [...projects, input.project.slice(0, 100)]
        : [...projects],
  };
  if (!existing?.howWeMet) {
    contactPatch.howWeMet = {
      context: input.where,
      date: now,
      ...(event?.id !== undefined && { eventId: event.id }),
    };
  }

  const notes = quickSaveNotes(input.where, input.nextStep);
  const interaction: QuickSavePlan['interaction'] = {
    kind: 'conversation',
    date: now,
    notes,
    ...(input.topic && { topic: input.topic }),
    ...(input.promised && { promised: input.promised }),
    ...(input.nextStep && { nextStep: input.nextStep }),
    ...(event?.id !== undefined && { eventId: event.id }),
    ...(event && { channel: event.format === 'virtual' ? 'video' : 'in-person' }),
  };

  const tasks: PlannedTask[] = [];
  // The meaning is stored, the title written when shown, in the language of the moment.
  const cut = (text: string) => text.slice(0, 500);
  const short = name.slice(0, 200);
  const task = (kind: Task['kind'], about: TaskAbout, at = due): PlannedTask => ({
    kind,
    about,
    due: at,
    origin: 'quick-save',
  });
  const connectWaiting = args.openTasks?.some((t) => t.kind === 'connect') ?? false;
  if (needsLinkedInConnect(who) && !connectWaiting)
    tasks.push(task('connect', { what: 'connect', name: short }));
  if (input.promised) {
    tasks.push(task('send-promised', { what: 'send-promised', name: short, promised: cut(input.promised) }));
  }
  if (input.nextStep) {
    // The user picked when; a date in the past would be overdue at once, so it falls back to 24 hours.
    const at = input.nextStepDue !== undefined && input.nextStepDue > now ? input.nextStepDue : due;
    tasks.push(task('follow-up', { what: 'next-step', name: short, step: cut(input.nextStep) }, at));
  }
  if (!input.promised && !input.nextStep) tasks.push(task('follow-up', { what: 'follow-up', name: short }));

  return { name, contactPatch, interaction, tasks, ...(event?.id !== undefined && { eventId: event.id }) };
}
