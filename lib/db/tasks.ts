import { TaskSchema, type Task } from '../schemas/task';
import { editRecord } from './crud';
import type { GuildDatabase } from './database';

/** A stored task (its id is set). */
export type SavedTask = Task & { id: number };

/** Create a follow-up or reminder (validated; `status` open, `createdAt` now unless given). */
export async function createTask(
  db: GuildDatabase,
  input: Omit<Task, 'id' | 'status' | 'createdAt'> & Partial<Pick<Task, 'status' | 'createdAt'>>,
  now = Date.now(),
): Promise<SavedTask> {
  const task = TaskSchema.parse({ status: 'open', createdAt: now, ...input });
  const id = (await db.tasks.add(task)) as number;
  return { ...task, id };
}

function change(db: GuildDatabase, id: number, edit: (t: Task) => Task): Promise<Task> {
  return editRecord(db, db.tasks, 'task', id, edit, (next) => TaskSchema.parse(next));
}

/** Mark a task done. */
export function completeTask(db: GuildDatabase, id: number, now = Date.now()): Promise<Task> {
  return change(db, id, (t) => ({ ...t, status: 'done', doneAt: now }));
}

/** Open a done task again (undo of "done"). */
export function reopenTask(db: GuildDatabase, id: number): Promise<Task> {
  return change(db, id, ({ doneAt: _doneAt, ...t }) => ({ ...t, status: 'open' }));
}

/** Hide a task until `until`; it comes back as due then. */
export function snoozeTask(db: GuildDatabase, id: number, until: number): Promise<Task> {
  return change(db, id, (t) => ({ ...t, snoozedUntil: until }));
}

/** Every open task, soonest first (due or not). */
export function openTasks(db: GuildDatabase, limit = 500): Promise<Task[]> {
  return db.tasks
    .where('[status+due]')
    .between(['open', -Infinity], ['open', Infinity])
    .limit(limit)
    .toArray();
}

/** A contact's tasks, open and done, by due time. */
export async function tasksOf(db: GuildDatabase, contactId: number): Promise<Task[]> {
  const tasks = await db.tasks.where('contactId').equals(contactId).toArray();
  return tasks.sort((a, b) => a.due - b.due);
}
