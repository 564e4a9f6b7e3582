import type { GuildDatabase } from '../db';
import { NotificationLogSchema, type NotificationLog } from '../schemas/feedback';

/** Notifications shown since `since` (the cap and dedupe only need the last couple of days). */
export function recentLogs(db: GuildDatabase, since: number): Promise<NotificationLog[]> {
  return db.notificationLogs.where('at').aboveOrEqual(since).toArray();
}

/** Whether a nudge with this key was ever shown (routine days are keyed by date: once each). */
export async function wasShown(db: GuildDatabase, dedupeKey: string): Promise<boolean> {
  return (await db.notificationLogs.where('dedupeKey').equals(dedupeKey).count()) > 0;
}

/** When a kind of nudge was last shown, if ever. */
export async function lastShownAt(
  db: GuildDatabase,
  kind: NotificationLog['kind'],
): Promise<number | undefined> {
  const last = await db.notificationLogs
    .orderBy('at')
    .reverse()
    .filter((l) => l.kind === kind)
    .first();
  return last?.at;
}

/** Record a shown notification (validated: it is what the cap and dedupe trust). */
export async function logNotification(db: GuildDatabase, entry: Omit<NotificationLog, 'id'>): Promise<void> {
  await db.notificationLogs.add(NotificationLogSchema.parse(entry));
}
