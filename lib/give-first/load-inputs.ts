import type { GuildDatabase } from '../db/database';
import { opportunities as opportunityStore, resources as resourceStore } from '../db/crud';
import { getSettings } from '../db/settings';
import type { Contact } from '../schemas/contact';
import type { SuggestionState } from '../schemas/feedback';
import type { Interaction } from '../schemas/interaction';
import type { Settings } from '../schemas/settings';
import { buildGiveFirstIndex, type GiveFirstIndex } from './build-index';

/**
 * The index for suggestions about one person, read through indexes rather
 * than the whole address book: the person, the contacts who offer something
 * (when the person needs something) or need something (when the person
 * offers something) — the only ones an introduction can name — and the
 * resources and opportunities. At 100,000 contacts this is what keeps the
 * side panel from reading and holding every record.
 */
export async function loadGiveFirstIndexFor(db: GuildDatabase, contactId: number): Promise<GiveFirstIndex> {
  const contact = await db.contacts.get(contactId);
  // Every string sorts at or above '': all contacts with at least one entry.
  const having = (field: 'needs' | 'offers') =>
    db.contacts.where(field).aboveOrEqual('').distinct().toArray();
  const [offering, needing, resources, opportunities] = await Promise.all([
    contact?.needs.length ? having('offers') : [],
    contact?.offers.length ? having('needs') : [],
    resourceStore.all(db),
    opportunityStore.all(db),
  ]);
  const contacts = [...(contact ? [contact] : []), ...offering, ...needing];
  return buildGiveFirstIndex(contacts, resources, opportunities);
}

/** One person's part of the engine's input. */
export interface ContactInputs {
  contact: Contact;
  interactions: Interaction[];
  states: SuggestionState[];
  settings: Settings;
}

/**
 * Load what `suggestGiveFirst` needs about one person: their interactions,
 * plus introductions logged on someone else that name them (there is no
 * index on `otherContactId`, so those are found through the `kind` index),
 * their suggestion states and the settings. `undefined` when they are gone.
 */
export async function loadContactInputs(
  db: GuildDatabase,
  contactId: number,
): Promise<ContactInputs | undefined> {
  const [contact, own, introductions, states, settings] = await Promise.all([
    db.contacts.get(contactId),
    db.interactions.where('contactId').equals(contactId).toArray(),
    db.interactions
      .where('kind')
      .equals('introduced')
      .filter((i) => i.otherContactId === contactId)
      .toArray(),
    db.suggestionStates.where('contactId').equals(contactId).toArray(),
    getSettings(db),
  ]);
  if (!contact) return undefined;
  return { contact, interactions: [...own, ...introductions], states, settings };
}
