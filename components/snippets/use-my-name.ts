import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';

/** The name the user signs with (settings), kept live; `undefined` until set. */
export function useMyName(): string | undefined {
  return useLiveQuery(async () => (await getSettings(getDb())).myName, []);
}
