import type { GuildDatabase } from '../db/database';
import { logInteraction } from '../db/interactions';
import { getSettings } from '../db/settings';
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
  kind: Snippet['kind'];
  /** Extra facts for the logged interaction (resource shared, person introduced, topic). */
  details?: Pick<Interaction, 'resourceId' | 'otherContactId' | 'topic'>;
}

/**
 * Remember a copy (for the spam check) and, when the `logOnCopy` setting is
 * on and the message is for a saved person, log it as an interaction so
 * keep-in-touch and reciprocity stay true. Returns whether it was logged.
 */
export async function recordCopy(db: GuildDatabase, copy: CopyRecord, now = Date.now()): Promise<boolean> {
  await db.copyLogs.add(
    CopyLogSchema.parse({
      templateHash: copy.templateHash,
      at: now,
      ...(copy.contactId !== undefined ? { contactId: copy.contactId } : {}),
    }),
  );
  const settings = await getSettings(db);
  if (!settings.logOnCopy || copy.contactId === undefined) return false;
  const kind = COPY_KIND[copy.kind];
  await logInteraction(
    db,
    {
      contactId: copy.contactId,
      kind,
      date: now,
      ...(kind === 'message' ? {} : { direction: 'gave' as const }),
      ...copy.details,
    },
    now,
  );
  return true;
}
