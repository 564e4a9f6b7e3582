import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import { nextRoutineTime, resolveZone } from '@/lib/routine';

/** "Wednesday 09:00" in the UI language and the routine's time zone. */
export function nudgeWhen(at: number, zone: string, language = getLanguage()): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
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
