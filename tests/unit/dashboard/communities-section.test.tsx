import { beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getDb } from '@/lib/db';
import { clearSharedDb } from '../helpers';
import { setLanguage } from '@/lib/i18n';
import { parseRoute } from '@/components/dashboard/router';
import { CommunitiesSection } from '@/components/dashboard/sections/CommunitiesSection';

const db = getDb();
const route = parseRoute('#/communities');

describe('Communities section', () => {
  beforeEach(async () => {
    setLanguage('en');
    await clearSharedDb();
  });

  test('empty state teaches; adding one shows its phase, dates and the guide’s checklist', async () => {
    render(<CommunitiesSection route={route} />);
    expect(await screen.findByText('No community yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a community' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Rust Paris' } });
    fireEvent.change(screen.getByLabelText('Where it lives'), { target: { value: 'meetup' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const card = await screen.findByRole('article', { name: /Rust Paris/ });
    expect(within(card).getByText('Observe', { selector: '[aria-current="step"]' })).toBeTruthy();
    expect(within(card).getByText(/Observe since/)).toBeTruthy();
    const box = within(card).getByRole('checkbox', { name: 'Read the rules and guidelines' });
    fireEvent.click(box);
    await waitFor(async () =>
      expect((await db.communities.toArray())[0]?.doneActions).toEqual(['observe.rules']),
    );
    expect(await within(card).findByText('This phase’s actions: 1 of 4 done')).toBeTruthy();
  });

  test('moving to the next phase records its date and resets the checklist; undo restores it', async () => {
    await db.communities.add({
      name: 'Paris JS',
      platform: 'slack',
      phase: 'observe',
      phaseHistory: [{ phase: 'observe', since: Date.now() - 90 * 86_400_000 }],
      doneActions: ['observe.rules'],
    });
    render(<CommunitiesSection route={route} />);
    expect(await screen.findByText('The guide would move on to Participate now.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move to Participate' }));
    expect(
      await screen.findByRole('checkbox', { name: 'Ask thoughtful questions with context' }),
    ).toBeTruthy();
    const [moved] = await db.communities.toArray();
    expect(moved).toMatchObject({ phase: 'participate', doneActions: [] });
    expect(moved?.phaseHistory.map((h) => h.phase)).toEqual(['observe', 'participate']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.communities.toArray())[0]?.phase).toBe('observe'));
  });

  test('in French, the actions are the French ones; delete has undo', async () => {
    setLanguage('fr');
    await db.communities.add({
      name: 'Forum Craft',
      platform: 'forum',
      phase: 'contribute',
      phaseHistory: [{ phase: 'contribute', since: Date.now() }],
      doneActions: [],
    });
    render(<CommunitiesSection route={route} />);
    expect(
      await screen.findByRole('checkbox', { name: 'Écrire des posts techniques approfondis' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer «\u00a0Forum Craft\u00a0»' }));
    await waitFor(async () => expect(await db.communities.count()).toBe(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler' }));
    expect(await screen.findByRole('article', { name: /Forum Craft/ })).toBeTruthy();
  });
});
