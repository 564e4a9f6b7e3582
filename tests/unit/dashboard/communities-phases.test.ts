import { describe, expect, test } from 'vitest';
import {
  PHASES,
  PHASE_ORDER,
  checklist,
  joinedAt,
  nextPhase,
  phaseGuide,
  phaseSince,
  readyForNext,
  toggleAction,
} from '@/lib/communities';

const MONTH = 30.44 * 24 * 3600_000;

describe('the guide’s community phases', () => {
  test('four phases in order, each with four concrete actions in English and French', () => {
    expect(PHASE_ORDER).toEqual(['observe', 'participate', 'contribute', 'lead']);
    const ids = new Set<string>();
    for (const p of PHASES) {
      expect(p.actions).toHaveLength(4);
      for (const a of p.actions) {
        expect(a.id.startsWith(`${p.phase}.`)).toBe(true);
        expect(a.text.en.length).toBeGreaterThan(5);
        expect(a.text.fr.length).toBeGreaterThan(5);
        expect(a.text.fr).not.toBe(a.text.en);
        ids.add(a.id);
      }
    }
    expect(ids.size).toBe(16);
    expect(phaseGuide('contribute').months).toEqual([4, 8]);
    expect(nextPhase('observe')).toBe('participate');
    expect(nextPhase('lead')).toBeUndefined();
  });

  test('checklist of the current phase; ticks of another phase are ignored', () => {
    const list = checklist({ phase: 'observe', doneActions: ['observe.rules', 'participate.ask'] });
    expect(list.map((a) => [a.id, a.done])).toEqual([
      ['observe.rules', true],
      ['observe.tone', false],
      ['observe.experts', false],
      ['observe.channels', false],
    ]);
    expect(toggleAction(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleAction(['b'], 'a')).toEqual(['b', 'a']);
  });

  test('dates and when to move on', () => {
    const community = {
      phase: 'observe' as const,
      doneActions: [] as string[],
      phaseHistory: [{ phase: 'observe' as const, since: 1000 }],
    };
    expect(joinedAt(community)).toBe(1000);
    expect(
      phaseSince({ phaseHistory: [...community.phaseHistory, { phase: 'participate', since: 5000 }] }),
    ).toBe(5000);
    expect(readyForNext(community, 1000 + MONTH)).toBe(false);
    expect(readyForNext(community, 1000 + 2 * MONTH + 60_000)).toBe(true);
    const allTicked = { ...community, doneActions: PHASES[0]!.actions.map((a) => a.id) };
    expect(readyForNext(allTicked, 2000)).toBe(true);
    expect(readyForNext({ ...allTicked, phase: 'lead' }, 10 * 12 * MONTH)).toBe(false);
  });
});
