import type { GuildDatabase } from '../db/database';
import { logInteraction } from '../db/interactions';
import { DAY_MS } from '../schemas/common';
import { CopyLogSchema, type CopyLog } from '../schemas/feedback';
import type { Interaction, InteractionKind } from '../schemas/interaction';
import type { Snippet } from '../schemas/library';
import { SPAM_WINDOW_DAYS } from './spam';

/** What a copied message of each template kind means in the history. */
const COPY_KIND: Record<Snippet['kind'], InteractionKind> = {
  'follow-up': 'message',
  opener: 'message',
  share: 'gave',
  introduce: 'introduced',
  congratulate: 'congratulated',
  review: 'gave',
  custom: 'message',
};

/** The copy log of the spam window, for `checkCopySpam`. */
export function recentCopies(db: GuildDatabase, now = Date.now()): Promise<CopyLog[]> {
  return db.copyLogs
    .where('at')
    .aboveOrEqual(now - SPAM_WINDOW_DAYS * DAY_MS)
    .toArray();
}

export interface CopyRecord {
  templateHash: string;
  contactId?: number;
}

/**
 * Remember a copy, for the copy-paste spam check only. Copying is not
 * giving: the message may never be sent, so nothing reaches the person's
 * history until the user says it was sent (`recordSent`).
 */
export async function recordCopy(db: GuildDatabase, copy: CopyRecord, now = Date.now()): Promise<void> {
  await db.copyLogs.add(
    CopyLogSchema.parse({
      templateHash: copy.templateHash,
      at: now,
      ...(copy.contactId !== undefined ? { contactId: copy.contactId } : {}),
    }),
  );
}

export interface SentRecord {
  contactId: number;
  kind: Snippet['kind'];
  /** What was given (resource shared, person introduced, topic): the timeline says it. */
  details?: Pick<Interaction, 'resourceId' | 'otherContactId' | 'topic'>;
}

/** The interaction a sent message of this template kind is, as stored (pure: tested apart). */
export function sentInteraction(sent: SentRecord, now: number): Omit<Interaction, 'id'> {
  const kind = COPY_KIND[sent.kind];
  return {
    contactId: sent.contactId,
    kind,
    date: now,
    ...(kind === 'message' ? {} : { direction: 'gave' as const }),
    ...sent.details,
  };
}

/**
 * The user says the copied message was sent: log it in the person's history
 * (a gift for share, introduce, review, congratulate), so keep-in-touch,
 * reciprocity and give-first's reasons count what really happened.
 */
export async function recordSent(
  db: GuildDatabase,
  sent: SentRecord,
  now = Date.now(),
): Promise<Interaction> {
  return logInteraction(db, sentInteraction(sent, now), now);
}
