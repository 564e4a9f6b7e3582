import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, tasksOf } from '@/lib/db';
import { t } from '@/lib/i18n';
import { followUpDueAt } from '@/lib/routine/follow-up-due';
import { TaskItem } from './TaskItem';

/** What the user still owes this person (connect, send what was promised…), soonest first. */
export function OpenFollowUps({ contactId }: { contactId: number }) {
  const tasks = useLiveQuery(
    async () =>
      (await tasksOf(getDb(), contactId))
        .filter((task) => task.status === 'open')
        .sort((a, b) => followUpDueAt(a) - followUpDueAt(b)),
    [contactId],
  );
  if (!tasks) return null;
  return (
    <section aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('panelFollowUpsTitle')}</h2>
      {tasks.length ? (
        <ul className="plain-list tasks" data-testid="open-follow-ups">
          {tasks.map((task) => (
            <TaskItem key={task.id} task={task} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('panelFollowUpsEmpty')}</p>
      )}
    </section>
  );
}
