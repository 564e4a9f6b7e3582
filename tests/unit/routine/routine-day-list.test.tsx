import { beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { buildContact, createTask, getDb } from '@/lib/db';
import { clearSharedDb } from '../helpers';
import { RoutineDayList } from '@/components/routine/RoutineDayList';

const db = getDb();
const DAY = 86_400_000;

describe('RoutineDayList', () => {
  beforeEach(async () => {
    await clearSharedDb();
    const now = Date.now();
    await db.contacts.bulkAdd([
      buildContact(
        {
          name: 'Ana Lima',
          circle: 'close',
          profiles: [
            { site: 'linkedin', key: 'linkedin:ana', url: 'https://www.linkedin.com/in/ana/', handle: 'ana' },
          ],
        },
        now - 40 * DAY,
      ),
      buildContact({ name: 'Bruno Costa', circle: 'close', lastCheckedAt: now - 3 * DAY }, now - 40 * DAY),
      buildContact({ name: 'Zoé Active', circle: 'active' }, now - 40 * DAY),
    ]);
    await db.routineSessions.add({ day: 'friday', startedAt: now - 60_000, minutes: 12, actions: [] });
  });

  test('Monday: close-circle people with a profile link; "checked" records it and the action', async () => {
    render(<RoutineDayList list="monday" />);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Ana Lima', 'Bruno Costa']);
    expect(screen.getByRole('link', { name: 'Open Ana Lima’s profile' }).getAttribute('href')).toBe(
      'https://www.linkedin.com/in/ana/',
    );
    await waitFor(async () =>
      expect(await (await db.routineSessions.toArray()).filter((s) => s.day === 'monday').length).toBe(1),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mark checked: Ana Lima' }));
    await screen.findByText('Checked today');
    const ana = await db.contacts.where('name').equals('Ana Lima').first();
    expect(ana?.lastCheckedAt).toBeGreaterThan(Date.now() - 10_000);
    await waitFor(async () => {
      const session = (await db.routineSessions.toArray()).find((s) => s.day === 'monday');
      expect(session?.actions).toMatchObject([{ kind: 'checked', contactId: ana?.id }]);
    });
    // Still two people: checking does not swap anyone in mid-sitting.
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  test("the week's minutes against the budget", async () => {
    render(<RoutineDayList list="friday" />);
    expect(await screen.findByText('This week: 12 of 30 minutes')).toBeTruthy();
  });

  test('follow-ups: the late ones, today’s and tomorrow’s, each saying when; not the day after', async () => {
    const now = Date.now();
    const base = { kind: 'follow-up', origin: 'manual' } as const;
    await createTask(db, { ...base, title: 'Late one', due: now - 2 * DAY });
    await createTask(db, { ...base, title: 'In an hour', due: now + 3_600_000 });
    await createTask(db, { ...base, title: 'In three days', due: now + 3 * DAY });
    render(<RoutineDayList list="follow-ups" />);
    await screen.findAllByTestId('follow-up-due');
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/Late one.*Late: was due/);
    // Today's or, close to midnight, tomorrow's.
    expect(rows[1]).toMatch(/In an hour.*Due (today|tomorrow) at \d\d:\d\d/);
  });

  test('an unknown list says so', () => {
    render(<RoutineDayList list="sunday" />);
    expect(screen.getByRole('alert').textContent).toBe('This routine list does not exist.');
  });
});
