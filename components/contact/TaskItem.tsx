import { completeTask, getDb, reopenTask, snoozeTask } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import { taskTitle } from '@/lib/quick-save/texts';
import { followUpDueAt } from '@/lib/routine/follow-up-due';
import type { Task } from '@/lib/schemas/task';
import { offerUndo } from '../undo/undo-store';
import { relativeTime } from './relative-time';
import { useNow } from './use-now';

const DAY_MS = 86_400_000;

/** One open follow-up: what to do, when, and Done / Snooze a day. */
export function TaskItem({ task, label }: { task: Task; label?: string }) {
  const now = useNow();
  const id = task.id;
  if (id === undefined) return null;
  const title = label ?? taskTitle(task, getLanguage()) ?? t('panelTaskUntitled');
  const dueAt = followUpDueAt(task);

  async function done() {
    await completeTask(getDb(), id as number);
    offerUndo(t('panelTaskDoneToast', title), () => reopenTask(getDb(), id as number));
  }

  return (
    <li className="task">
      <span className="task-title">{title}</span>
      <span className={dueAt <= now ? 'task-due overdue' : 'task-due muted'}>
        {t('panelTaskDue', relativeTime(dueAt, now))}
      </span>
      <span className="task-actions">
        <button type="button" onClick={() => void done()} aria-label={t('panelTaskDoneLabel', title)}>
          {t('panelTaskDone')}
        </button>
        <button
          type="button"
          onClick={() => void snoozeTask(getDb(), id, Math.max(now, dueAt) + DAY_MS)}
          aria-label={t('panelTaskSnoozeLabel', title)}
        >
          {t('panelTaskSnooze')}
        </button>
      </span>
    </li>
  );
}
