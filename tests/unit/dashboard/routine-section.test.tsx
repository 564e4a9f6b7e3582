import { beforeEach, describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { buildContact, getDb } from '@/lib/db';
import { clearSharedDb } from '../helpers';
import { parseRoute } from '@/components/dashboard/router';
import { RoutineSection } from '@/components/dashboard/sections/RoutineSection';

const db = getDb();
const DAY = 86_400_000;

describe('Routine section', () => {
  beforeEach(async () => {
    await clearSharedDb();
  });

  test('overview: the week’s lists as links, the budget, and losing touch longest overdue first', async () => {
    const now = Date.now();
    await db.contacts.bulkAdd([
      buildContact(
        { name: 'Recent Rita', circle: 'close', lastInteractionAt: now - 2 * DAY },
        now - 400 * DAY,
      ),
      buildContact(
        { name: 'Close Carla', circle: 'close', lastInteractionAt: now - 20 * DAY },
        now - 400 * DAY,
      ),
      buildContact(
        { name: 'Active Alan', circle: 'active', lastInteractionAt: now - 100 * DAY },
        now - 400 * DAY,
      ),
      buildContact({ name: 'Dormant Dora', circle: 'dormant' }, now - 400 * DAY),
    ]);
    await db.routineSessions.add({ day: 'monday', startedAt: now - 1000, minutes: 7, actions: [] });
    render(<RoutineSection route={parseRoute('#/routine')} />);
    const nav = screen.getByRole('navigation', { name: 'This week’s routine' });
    expect(
      within(nav).getByRole('link', { name: 'Monday — check on your close circle' }).getAttribute('href'),
    ).toBe('#/routine/monday');
    expect(within(nav).getByRole('link', { name: 'Friday — share a resource' })).toBeTruthy();
    expect(await screen.findByText('This week: 7 of 30 minutes')).toBeTruthy();
    const losing = await screen.findByRole('region', { name: 'Losing touch' });
    const names = within(losing)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);
    expect(names).toEqual(['Active Alan', 'Close Carla']);
    expect(within(losing).getByText('overdue by 70 d')).toBeTruthy();
    expect(await db.routineSessions.count()).toBe(1);
  });

  test('#/routine/<day> opens the routine’s own list, marked current', async () => {
    render(<RoutineSection route={parseRoute('#/routine/friday')} />);
    const nav = screen.getByRole('navigation', { name: 'This week’s routine' });
    expect(
      within(nav).getByRole('link', { name: 'Friday — share a resource' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await screen.findByRole('heading', { level: 2, name: 'Friday — share a resource' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Losing touch' })).toBeNull();
  });

  test('no one overdue says so', async () => {
    render(<RoutineSection route={parseRoute('#/routine')} />);
    expect(await screen.findByText('No one is overdue: everyone heard from you in time.')).toBeTruthy();
  });
});
