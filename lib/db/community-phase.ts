import { CommunitySchema, type Community, type CommunityPhase } from '../schemas/library';
import type { GuildDatabase } from './database';

/**
 * Move a community to another phase (observe → participate → contribute →
 * lead), recording when it began; the phase's ticked actions start empty.
 */
export function setCommunityPhase(
  db: GuildDatabase,
  id: number,
  phase: CommunityPhase,
  now = Date.now(),
): Promise<Community> {
  return db.transaction('rw', db.communities, async () => {
    const community = await db.communities.get(id);
    if (!community) throw new Error(`community ${id} does not exist`);
    if (community.phase === phase) return community;
    const next = CommunitySchema.parse({
      ...community,
      phase,
      phaseHistory: [...community.phaseHistory, { phase, since: now }],
      doneActions: [],
    });
    await db.communities.put(next);
    return next;
  });
}
