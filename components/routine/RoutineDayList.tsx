import { t, type MessageKey } from '@/lib/i18n';
import { isRoutineListName, isRoutineTheme, type RoutineListName } from '@/lib/routine';
import { FridayList } from './FridayList';
import { MondayList } from './MondayList';
import { FollowUpList, KeepInTouchList } from './ReminderLists';
import { useRoutineSession } from './use-routine-session';
import { WednesdayList } from './WednesdayList';
import { WeekBudget } from './WeekBudget';

const TITLES: Record<RoutineListName, MessageKey> = {
  monday: 'routineListMonday',
  wednesday: 'routineListWednesday',
  friday: 'routineListFriday',
  'follow-ups': 'routineListFollowUps',
  'keep-in-touch': 'routineListKeepInTouch',
};

/**
 * The list a routine nudge opens (`options.html#/routine/monday`…): real
 * people with a link to their profile, the time of this sitting recorded, and
 * the week's total against the budget.
 */
export function RoutineDayList({ list }: { list: string }) {
  if (!isRoutineListName(list)) return <p role="alert">{t('routineListUnknown')}</p>;
  return <KnownList list={list} />;
}

function KnownList({ list }: { list: RoutineListName }) {
  const sessionId = useRoutineSession(isRoutineTheme(list) ? list : 'other');
  return (
    <section aria-labelledby="routine-list-title" className="routine-day">
      <h2 id="routine-list-title">{t(TITLES[list])}</h2>
      <WeekBudget />
      {list === 'monday' && <MondayList sessionId={sessionId} />}
      {list === 'wednesday' && <WednesdayList />}
      {list === 'friday' && <FridayList />}
      {list === 'follow-ups' && <FollowUpList />}
      {list === 'keep-in-touch' && <KeepInTouchList />}
    </section>
  );
}
