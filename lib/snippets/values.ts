import type { Contact } from '../schemas/contact';
import type { Interaction } from '../schemas/interaction';
import type { NetworkEvent, Opportunity, Resource } from '../schemas/library';
import { clause, metAtPhrase, projectPhrase } from './phrasing';
import type { PlaceholderValues } from './placeholders';

/** Where placeholder values come from; every source is optional. */
export interface ValueSources {
  contact?: Contact;
  /** The last conversation (topic, what was promised, the event). */
  interaction?: Interaction;
  event?: NetworkEvent;
  resource?: Resource;
  /** The other person of an introduction. */
  other?: Contact;
  opportunity?: Opportunity;
  /** A challenge they logged (for "offer a hand"). */
  challenge?: Interaction;
  /** The person's project the suggestion is about (else their first project). */
  project?: string;
  /** Where you met when no saved event names it (what was typed in quick-save's "where"). */
  where?: string;
  /** What the user signs with (asked inline when unknown). */
  myName?: string;
  /** The message's language: articles and prepositions around typed values follow it. */
  language?: 'en' | 'fr';
}

/**
 * A first name only when the name clearly has one: "@janedoe" (an X handle
 * saved as the name) has none, and guessing would put a handle where a name
 * belongs. Then the user is asked inline.
 */
export function firstNameOf(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed || trimmed.startsWith('@')) return undefined;
  return trimmed.split(/\s+/)[0];
}

function newest<T extends { noticedAt: number }>(list: readonly T[]): T | undefined {
  return list.reduce<T | undefined>((a, b) => (!a || b.noticedAt > a.noticedAt ? b : a), undefined);
}

/** Values for every placeholder the sources can fill; the rest stay missing. */
export function snippetValues(s: ValueSources): PlaceholderValues {
  const v: PlaceholderValues = {};
  const set = (k: keyof PlaceholderValues, value: string | undefined) => {
    if (value?.trim()) v[k] = value.trim();
  };
  set('firstName', firstNameOf(s.contact?.name));
  if (!s.contact?.name.startsWith('@')) set('fullName', s.contact?.name);
  set('company', s.contact?.company);
  const language = s.language ?? 'en';
  const project = s.project ?? s.contact?.projects[0];
  set('project', project && projectPhrase(project, language));
  set('news', newest(s.contact?.news ?? [])?.to);
  set('topic', s.interaction?.topic && clause(s.interaction.topic));
  set('promised', s.interaction?.promised && clause(s.interaction.promised));
  set('nextStep', s.interaction?.nextStep && clause(s.interaction.nextStep));
  const where = s.event?.name ?? s.where;
  set('event', where);
  set('metAt', where && metAtPhrase(where, language));
  set('resourceNote', s.resource?.note);
  set('challenge', s.challenge?.topic);
  set('resourceTitle', s.resource?.title);
  set('resourceUrl', s.resource?.url);
  set('opportunity', s.opportunity?.title);
  set('otherName', s.other?.name);
  set('otherFirstName', firstNameOf(s.other?.name));
  set('myName', s.myName);
  return v;
}
