import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import type { Suggestion } from '@/lib/give-first';
import { useModule } from './use-module';

const loadEngine = () => import('@/lib/give-first');
import type { Contact } from '@/lib/schemas/contact';

/**
 * The give-first engine's best suggestion for one person, kept live. The
 * engine is pure; this hook only gathers its input. `undefined` while loading,
 * `null` when there is nothing to suggest.
 */
export function useGiveFirst(contact: Contact): Suggestion | null | undefined {
  const id = contact.id;
  const engine = useModule(loadEngine);
  return useLiveQuery(async () => {
    if (!engine) return undefined;
    if (id === undefined) return null;
    const db = getDb();
    const [contacts, resources, opportunities, own, naming, states, settings] = await Promise.all([
      // The whole address book: introductions match this person's needs with everyone's offers.
      db.contacts.toArray(),
      db.resources.toArray(),
      db.opportunities.toArray(),
      db.interactions.where('contactId').equals(id).toArray(),
      db.interactions.filter((i) => i.otherContactId === id).toArray(),
      db.suggestionStates.where('contactId').equals(id).toArray(),
      getSettings(db),
    ]);
    const index = engine.buildGiveFirstIndex(contacts, resources, opportunities);
    const [top] = engine.suggestGiveFirst({
      contact: contacts.find((c) => c.id === id) ?? contact,
      index,
      interactions: [...own, ...naming],
      states,
      settings,
      now: Date.now(),
      limit: 1,
    });
    return top ?? null;
  }, [engine, id, contact.updatedAt]);
}
