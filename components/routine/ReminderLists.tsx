import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import { taskTitle } from '@/lib/quick-save/texts';
import { formatDate } from '@/lib/i18n/format';
import {
  clockTime,
  dueBy,
  dueDayOf,
  followUpsToDo,
  loadFollowUps,
  loadKeepInTouch,
  resolveZone,
  type Zone,
} from '@/lib/routine';
import { PersonLink } from './PersonLink';
import { RoutineList } from './RoutineList';

const dateOf = (ms: number) => formatDate(ms);

/** "Late: was due 5 Dec 2026", "Due today at 14:30", "Due tomorrow at 09:00". */
function whenDue(dueAt: number, now: number, zone: Zone): string {
  const day = dueDayOf(dueAt, now, zone);
  if (day === 'overdue') return t('routineDueLate', dateOf(dueAt));
  if (day === 'today') return t('routineDueToday', clockTime(dueAt, zone));
  if (day === 'tomorrow') return t('routineDueTomorrow', clockTime(dueAt, zone));
  return t('routineDueOn', dateOf(dueAt));
}

/**
 * Follow-ups to do (24 hours after a conversation, or as planned): the late
 * ones, then today's and tomorrow's, soonest first, each saying when.
 */
export function FollowUpList() {
  const list = useLiveQuery(async () => {
    const db = getDb();
    const zone = resolveZone((await getSettings(db)).timeZone);
    const now = Date.now();
    return { now, zone, due: followUpsToDo(await loadFollowUps(db), now, zone) };
  }, []);
  return (
    <RoutineList
      items={list?.due}
      empty={{ text: 'routineFollowUpsEmpty', link: 'routineOpenEvents', href: '#/events' }}
      keyOf={({ item }) => item.id!}
      row={({ item, dueAt }) => {
        const title = taskTitle(item, getLanguage());
        return (
          <>
            {item.contact ? <PersonLink contact={item.contact} /> : <strong>{item.name}</strong>}
            {/* A task about no one is named by its title: once is enough. */}
            {title && title !== item.name && <span> — {title}</span>}{' '}
            <span className={list && dueAt <= list.now ? 'error' : 'muted'} data-testid="follow-up-due">
              {list && whenDue(dueAt, list.now, list.zone)}
            </span>
          </>
        );
      }}
    />
  );
}

/** People due for a keep-in-touch (their circle's cadence since the last interaction). */
export function KeepInTouchList() {
  const due = useLiveQuery(async () => {
    const db = getDb();
    const settings = await getSettings(db);
    return dueBy(await loadKeepInTouch(db, settings, resolveZone(settings.timeZone)), Date.now());
  }, []);
  return (
    <RoutineList
      items={due}
      empty={{ text: 'routineKeepInTouchEmpty', link: 'routineOpenContacts', href: '#/contacts' }}
      keyOf={({ item }) => item.id!}
      row={({ item, dueAt }) => (
        <>
          <PersonLink contact={item} /> <span className="muted">{t('routineDueOn', dateOf(dueAt))}</span>
        </>
      )}
    />
  );
}
