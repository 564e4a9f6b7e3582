import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings, routineSessions } from '@/lib/db';
import { getLanguage, t, type MessageKey } from '@/lib/i18n';
import { resolveZone, weekStart, type RoutineListName } from '@/lib/routine';
import { routeHref } from '../router';

const DAY_MS = 86_400_000;

/** The week's three sittings (Monday, Wednesday, Friday: days 0, 2, 4 from the week's start) and the reminders. */
const LISTS: { list: RoutineListName; title: MessageKey; offset?: number }[] = [
  { list: 'monday', title: 'routineListMonday', offset: 0 },
  { list: 'wednesday', title: 'routineListWednesday', offset: 2 },
  { list: 'friday', title: 'routineListFriday', offset: 4 },
  { list: 'follow-ups', title: 'routineListFollowUps' },
  { list: 'keep-in-touch', title: 'routineListKeepInTouch' },
];

/**
 * This week's routine at a glance: each day's list (a link, so the back
 * button works and opening it starts the sitting's timer) with its date and
 * the minutes already spent on it this week.
 */
export function WeekDays({ current }: { current?: string }) {
  const week = useLiveQuery(async () => {
    const db = getDb();
    const zone = resolveZone((await getSettings(db)).timeZone);
    const start = weekStart(Date.now(), zone);
    const sessions = await routineSessions.since(db, 'startedAt', start);
    const minutes = new Map<string, number>();
    for (const s of sessions) minutes.set(s.day, (minutes.get(s.day) ?? 0) + s.minutes);
    return { start, minutes };
  }, []);
  const dateOf = (offset: number) =>
    new Date((week?.start ?? 0) + offset * DAY_MS + DAY_MS / 2).toLocaleDateString(getLanguage(), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });
  return (
    <nav aria-label={t('routineWeekNav')} className="week-days">
      <ul>
        {LISTS.map(({ list, title, offset }) => {
          const spent = Math.round(week?.minutes.get(list) ?? 0);
          return (
            <li key={list}>
              <a href={routeHref('routine', [list])} aria-current={current === list ? 'page' : undefined}>
                {t(title)}
              </a>
              {week && offset !== undefined && (
                <span className="muted">
                  {' '}
                  · {dateOf(offset)}
                  {spent > 0 && ` · ${t('routineSpent', spent)}`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
