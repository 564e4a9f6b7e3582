import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import { nextRoutineTime, resolveZone } from '@/lib/routine';

/** Within this much of now, the weekday alone says which day; further, the date is said too. */
const WEEKDAY_ENOUGH_MS = 6 * 86_400_000;

/**
 * "Wednesday 09:00" in the UI language and the routine's time zone; a nudge
 * further off (after a vacation) says its date: "Friday, December 25 at 18:45".
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

/**
 * The last day of a vacation, as the user chose it in Settings (their clock):
 * "Thursday, December 24", with the year when it is not this year's.
 */
export function vacationLastDay(until: number, language = getLanguage(), now = Date.now()): string {
  const sameYear = new Date(until).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(new Date(until));
}

/**
 * When the next routine nudge comes, by the scheduler the background uses
 * (boundaries and vacation applied), and, while on vacation, until when.
 */
export function NextNudge() {
  const state = useLiveQuery(async () => {
    const settings = await getSettings(getDb());
    const zone = resolveZone(settings.timeZone);
    const now = Date.now();
    const at = nextRoutineTime(now, settings, zone);
    const until = settings.vacationUntil;
    return {
      next: at === null ? null : nudgeWhen(at, zone),
      vacation: until !== undefined && until > now ? vacationLastDay(until) : null,
    };
  }, []);
  if (state === undefined) return null;
  const { next, vacation } = state;
  return (
    <>
      {vacation && (
        <p className="next-nudge" data-testid="on-vacation">
          {t('routineOnVacation', vacation)}
        </p>
      )}
      <p className="next-nudge" data-testid="next-nudge">
        {next === null ? t('routineNoNextNudge') : t('routineNextNudge', next)}
      </p>
    </>
  );
}
