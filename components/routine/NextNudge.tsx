import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import { nextRoutineTime, resolveZone } from '@/lib/routine';

/** Within this much of now, the weekday alone says which day; further, the date is said too. */
const WEEKDAY_ENOUGH_MS = 6 * 86_400_000;

/**
 * "Wednesday 09:00" in the UI language and the routine's time zone; a nudge
 * further off (after a vacation) says its date: "Friday, December 25 at 08:00".
 */
export function nudgeWhen(at: number, zone: string, language = getLanguage(), now = Date.now()): string {
  const far = at - now >= WEEKDAY_ENOUGH_MS;
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    ...(far ? { day: 'numeric', month: 'long' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(at));
}

/** When the next routine nudge comes, by the scheduler the background uses (boundaries and vacation applied). */
export function NextNudge() {
  const next = useLiveQuery(async () => {
    const settings = await getSettings(getDb());
    const zone = resolveZone(settings.timeZone);
    const at = nextRoutineTime(Date.now(), settings, zone);
    return at === null ? null : nudgeWhen(at, zone);
  }, []);
  if (next === undefined) return null;
  return (
    <p className="next-nudge" data-testid="next-nudge">
      {next === null ? t('routineNoNextNudge') : t('routineNextNudge', next)}
    </p>
  );
}
