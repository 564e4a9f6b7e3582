import { useLiveQuery } from 'dexie-react-hooks';
import { contactsStartingWith, getDb } from '@/lib/db';
import type { ProfileSnapshot } from '@/lib/profiles/snapshot';
import { nameMatches } from '@/lib/quick-save/name-match';
import type { Contact } from '@/lib/schemas/contact';

const NONE: Contact[] = [];

/**
 * People saved with this profile's name and no profile on its site yet (met
 * at an event, or saved from the other site): maybe the person on the page.
 */
export function useNameMatches(snapshot: ProfileSnapshot | undefined): Contact[] {
  return useLiveQuery(
    async () => {
      if (!snapshot) return NONE;
      // The first word narrows the search through the name index; the comparison ignores case and accents.
      const first = snapshot.name.trim().split(/\s+/)[0] ?? '';
      const candidates = await contactsStartingWith(getDb(), 'name', first.slice(0, 3)).limit(200).toArray();
      return nameMatches(candidates, snapshot.name, snapshot.profile.site);
    },
    [snapshot?.name, snapshot?.profile.site],
    NONE,
  );
}
