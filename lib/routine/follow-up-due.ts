import type { Task } from '../schemas/task';

/**
 * When an open follow-up becomes due: its due time, or later when the user
 * snoozed it. Its own module, so the panel reads it without the routine chunk.
 */
export function followUpDueAt(task: Pick<Task, 'due' | 'snoozedUntil'>): number {
  return Math.max(task.due, task.snoozedUntil ?? 0);
}
