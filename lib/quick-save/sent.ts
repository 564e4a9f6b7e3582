import { completeTask, logInteraction, tasksOf, type GuildDatabase } from '../db';
import type { Interaction } from '../schemas/interaction';

/** The conversation a follow-up message answers, as quick-save stored it. */
export interface SentFollowUp {
  contactId: number;
  /** The conversation quick-save logged: its tasks are the ones this message fulfils. */
  interactionId: number;
  /** What was promised; sending it is a gift. */
  promised?: string;
  /** A next step typed at quick-save stays open: the message only announces it. */
  nextStep?: string;
}

/**
 * The user says the follow-up message went out. It joins the history — as a
 * gift of what was promised, or as a message — and the tasks it fulfils are
 * done: "send what you promised", and "send your follow-up message" (a next
 * step's task stays open: saying it is not doing it). One transaction.
 */
export function recordFollowUpSent(
  db: GuildDatabase,
  sent: SentFollowUp,
  now = Date.now(),
): Promise<Interaction> {
  return db.transaction('rw', [db.contacts, db.interactions, db.tasks], async () => {
    const interaction = await logInteraction(
      db,
      sent.promised
        ? { contactId: sent.contactId, kind: 'gave', direction: 'gave', date: now, topic: sent.promised }
        : { contactId: sent.contactId, kind: 'message', date: now },
      now,
    );
    const fulfilled = (await tasksOf(db, sent.contactId)).filter(
      (t) =>
        t.status === 'open' &&
        t.interactionId === sent.interactionId &&
        (t.kind === 'send-promised' || (t.kind === 'follow-up' && !sent.nextStep)),
    );
    for (const task of fulfilled) if (task.id !== undefined) await completeTask(db, task.id, now);
    return interaction;
  });
}
