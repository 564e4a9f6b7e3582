import { endOfDay } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import type { FollowUp, RoutineTheme } from '@/lib/routine';
import { useModule } from '../use-module';

const loadRoutine = () => import('@/lib/routine');

/** At most this many names of today's routine list in the panel; the dashboard has the rest. */
const ROUTINE_NAMES = 5;

export interface Today {
  /** Today's routine theme, when today is one of the user's routine days. */
  theme?: RoutineTheme;
  names: string[];
  followUps: FollowUp[];
}

/**
 * Today's routine list (names only) and the follow-ups due by the end of
 * today, from the routine module's loaders, kept live.
 */
export function useToday(): Today | undefined {
  const routine = useModule(loadRoutine);
  return useLiveQuery(async () => {
    if (!routine) return undefined;
    const { dueBy, inZone, loadFollowUps, loadRoutineNames, resolveZone, themeOf } = routine;
    const now = Date.now();
    const db = getDb();
    const settings = await getSettings(db);
    const zone = resolveZone(settings.timeZone);
    const local = inZone(now, zone);
    const followUps = dueBy(await loadFollowUps(db), endOfDay(local).getTime()).map((d) => d.item);
    const weekday = local.getDay();
    if (!settings.routineDays.includes(weekday)) return { names: [], followUps };
    const theme = themeOf(weekday);
    const names = await loadRoutineNames(db, theme, now, settings);
    return { theme, names: names.slice(0, ROUTINE_NAMES), followUps };
  }, [routine]);
}
