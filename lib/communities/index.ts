import type { Community, CommunityPhase } from '../schemas/library';
import { PHASES, type PhaseGuide } from './phases';

export { PHASES, type Bilingual, type PhaseAction, type PhaseGuide } from './phases';

/** The phases in order: observe → participate → contribute → lead. */
export const PHASE_ORDER: readonly CommunityPhase[] = PHASES.map((p) => p.phase);

/** The guide's page for one phase. */
export function phaseGuide(phase: CommunityPhase): PhaseGuide {
  const guide = PHASES.find((p) => p.phase === phase);
  if (!guide) throw new Error(`unknown phase ${phase}`);
  return guide;
}

/** The phase after this one, or undefined at the top. */
export function nextPhase(phase: CommunityPhase): CommunityPhase | undefined {
  return PHASE_ORDER[PHASE_ORDER.indexOf(phase) + 1];
}

/** When the current phase began (the last entry of the history; the schema guarantees one). */
export function phaseSince(community: Pick<Community, 'phaseHistory'>): number {
  return community.phaseHistory[community.phaseHistory.length - 1]?.since ?? 0;
}

/** When the user joined: the first phase's start. */
export function joinedAt(community: Pick<Community, 'phaseHistory'>): number {
  return community.phaseHistory[0]?.since ?? 0;
}

/**
 * The current phase's checklist, each action with whether it is ticked.
 * Ticks from another phase (left over, or from an older wording) are ignored.
 */
export function checklist(community: Pick<Community, 'phase' | 'doneActions'>) {
  const done = new Set(community.doneActions);
  return phaseGuide(community.phase).actions.map((a) => ({ ...a, done: done.has(a.id) }));
}

/** Tick or untick one action; returns the new `doneActions` (order kept, no duplicates). */
export function toggleAction(doneActions: readonly string[], id: string): string[] {
  return doneActions.includes(id) ? doneActions.filter((a) => a !== id) : [...doneActions, id];
}

/**
 * Whether the guide would suggest moving on: every action of the phase is
 * ticked, or the phase has lasted longer than the guide's upper bound.
 */
export function readyForNext(
  community: Pick<Community, 'phase' | 'doneActions' | 'phaseHistory'>,
  now: number,
) {
  if (!nextPhase(community.phase)) return false;
  const guide = phaseGuide(community.phase);
  const allDone = checklist(community).every((a) => a.done);
  const upper = guide.months[1];
  const monthsIn = (now - joinedAt(community)) / (30.44 * 24 * 60 * 60 * 1000);
  return allDone || (upper !== undefined && monthsIn >= upper);
}
