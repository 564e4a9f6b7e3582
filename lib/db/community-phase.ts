import { CommunitySchema, type Community, type CommunityPhase } from '../schemas/library';
import { editRecord } from './crud';
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
  return editRecord<Community>(
    db,
    db.communities,
    'community',
    id,
    (community) =>
      community.phase === phase
        ? community
        : {
            ...community,
            phase,
            phaseHistory: [...community.phaseHistory, { phase, since: now }],
            doneActions: [],
          },
    (next) => CommunitySchema.parse(next),
  );
}
