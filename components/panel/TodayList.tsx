import { getLanguage, t, type MessageKey } from '@/lib/i18n';
import { taskTitle } from '@/lib/quick-save/texts';
import type { RoutineTheme } from '@/lib/routine';
import { TaskItem } from '../contact/TaskItem';
import { useToday } from './use-today';

const THEME_LABEL: Record<RoutineTheme, MessageKey> = {
  monday: 'routineListMonday',
  wednesday: 'routineListWednesday',
  friday: 'routineListFriday',
};

/** Today: the routine's people (on a routine day) and the follow-ups due by tonight. */
export function TodayList() {
  const today = useToday();
  if (!today) return null;
  return (
    <section aria-labelledby="today-title">
      <h2 id="today-title">{t('panelTodayTitle')}</h2>
      {today.theme ? (
        <>
          <h3>{t(THEME_LABEL[today.theme])}</h3>
          {today.names.length ? (
            <ul className="plain-list" data-testid="routine-today">
              {today.names.map((name, i) => (
                <li key={`${name}-${i}`}>{name}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('routineEmpty')}</p>
          )}
        </>
      ) : (
        <p className="muted">{t('panelNoRoutineToday')}</p>
      )}
      <h3>{t('panelDueFollowUpsTitle')}</h3>
      {today.followUps.length ? (
        <ul className="plain-list tasks" data-testid="due-follow-ups">
          {today.followUps.map((task) => (
            <TaskItem key={task.id} task={task} label={taskTitle(task, getLanguage()) ?? task.name} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('panelDueFollowUpsEmpty')}</p>
      )}
    </section>
  );
}
