import { beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildContact, createTask, getDb } from '@/lib/db';
import { clearSharedDb } from '../helpers';
import { parseRoute } from '@/components/dashboard/router';
import { EventsSection } from '@/components/dashboard/sections/EventsSection';

const db = getDb();
const H = 3600_000;

describe('Events section', () => {
  let ana = 0;
  let bruno = 0;
  beforeEach(async () => {
    await clearSharedDb();
    ana = (await db.contacts.add(buildContact({ name: 'Ana Lima' }, 1000))) as number;
    bruno = (await db.contacts.add(buildContact({ name: 'Bruno Costa' }, 1000))) as number;
  });

  test('empty state teaches', async () => {
    render(<EventsSection route={parseRoute('#/events')} />);
    expect(await screen.findByText('No event yet.')).toBeTruthy();
    expect(screen.getByText('Events this month: 0 of 3')).toBeTruthy();
  });

  test('past and planned, who was met, and follow-ups within 24 hours', async () => {
    const now = Date.now();
    const date = now - 48 * H;
    const id = (await db.events.add({
      name: 'Rust Meetup',
      date,
      format: 'in-person',
      contactIds: [ana, bruno],
    })) as number;
    await createTask(
      db,
      { kind: 'follow-up', contactId: ana, eventId: id, due: date + 24 * H, origin: 'event' },
      date,
    );
    const task = await db.tasks.toCollection().first();
    await db.tasks.update(task!.id!, { status: 'done', doneAt: date + 5 * H });
    await db.events.add({ name: 'JSConf', date: now + 240 * H, format: 'hybrid', contactIds: [] });
    render(<EventsSection route={parseRoute('#/events')} />);
    const past = await screen.findByRole('region', { name: 'Past' });
    const card = within(past).getByRole('article', { name: 'Rust Meetup' });
    expect(await within(card).findByText('1 of 2 followed up within 24 hours.')).toBeTruthy();
    const brunoRow = (await within(card).findByRole('link', { name: 'Bruno Costa' })).closest('li')!;
    expect(brunoRow.textContent).toContain('no follow-up yet');
    fireEvent.click(within(brunoRow).getByRole('button', { name: 'Mark as followed up' }));
    expect(await within(card).findByText('1 of 2 followed up within 24 hours.')).toBeTruthy();
    await waitFor(() => expect(brunoRow.textContent).toContain('after more than 24 hours'));
    const planned = screen.getByRole('region', { name: 'Planned' });
    expect(within(planned).getByRole('article', { name: 'JSConf' })).toBeTruthy();
  });

  test('adding an event with people met creates their follow-ups; delete has undo', async () => {
    render(<EventsSection route={parseRoute('#/events')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add an event' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Paris.rb' } });
    fireEvent.change(screen.getByLabelText('Add someone you met'), { target: { value: 'Ana' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Ana Lima' }));
    expect(await screen.findByRole('link', { name: 'Ana Lima' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('article', { name: 'Paris.rb' })).toBeTruthy();
    const [event] = await db.events.toArray();
    expect(event).toMatchObject({ name: 'Paris.rb', contactIds: [ana] });
    await waitFor(async () =>
      expect(await db.tasks.toArray()).toMatchObject([
        { kind: 'follow-up', contactId: ana, eventId: event!.id, due: event!.date + 24 * H, origin: 'event' },
      ]),
    );
    expect(await db.interactions.toArray()).toMatchObject([{ contactId: ana, kind: 'met-at-event' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Paris.rb”' }));
    await waitFor(async () => expect(await db.events.count()).toBe(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Paris.rb' })).toBeTruthy();
  });

  test('warns past the monthly cap, never forbids', async () => {
    const now = Date.now();
    for (let i = 0; i < 4; i++) {
      await db.events.add({ name: `E${i}`, date: now + (i - 2) * 60_000, format: 'virtual', contactIds: [] });
    }
    render(<EventsSection route={parseRoute('#/events')} />);
    expect(await screen.findByText('Events this month: 4 of 3')).toBeTruthy();
    expect(screen.getByText(/More than 3 events this month/)).toBeTruthy();
  });
});
