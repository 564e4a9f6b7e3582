import { beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GiveFirstPanel } from '@/components/give-first/GiveFirstPanel';
import { getDb } from '@/lib/db';
import { NOW, person, resource } from './build';

/** The whole loop on a real (fake-indexeddb) database: suggest, copy the message, mark done. */
describe('give-first panel', () => {
  beforeEach(async () => {
    const db = getDb();
    await Promise.all(
      [
        db.contacts,
        db.interactions,
        db.resources,
        db.opportunities,
        db.suggestionStates,
        db.copyLogs,
        db.snippets,
        db.settings,
        db.tasks,
      ].map((t) => t.clear()),
    );
    await db.contacts.add(person(1, { name: 'Camille Lefèvre', interests: ['React performance'] }));
    await db.resources.add(resource(12, 'Profiling React renders', ['reactjs', 'performance']));
  });

  test('suggests the matching resource; the copied message names the person and the resource', async () => {
    const copied: string[] = [];
    render(
      <GiveFirstPanel contactId={1} now={() => NOW} writeClipboard={async (t) => void copied.push(t)} />,
    );
    expect(await screen.findByRole('heading', { name: 'Share a resource' })).toBeTruthy();
    expect(
      screen.getByText('Fits their interest in React performance; you have never given them anything yet.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toBe(
      'Hi Camille,\n\nI came across “Profiling React renders” and thought of you.\nhttps://example.org/12',
    );
    // logOnCopy is on by default: the copy is in the log and in her history.
    await waitFor(async () => expect(await getDb().copyLogs.count()).toBe(1));
    expect(await getDb().interactions.toArray()).toEqual([
      expect.objectContaining({ contactId: 1, kind: 'gave', direction: 'gave', resourceId: 12 }),
    ]);
  });

  test('"Done" logs the gift and the idea goes away', async () => {
    render(<GiveFirstPanel contactId={1} now={() => NOW} writeClipboard={async () => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/No idea for now/)).toBeTruthy();
    expect(await getDb().interactions.toArray()).toEqual([
      expect.objectContaining({ kind: 'gave', direction: 'gave', resourceId: 12, date: NOW }),
    ]);
    expect(await getDb().suggestionStates.toArray()).toEqual([
      expect.objectContaining({ contactId: 1, key: 'share:resource:12', state: 'done' }),
    ]);
  });

  test('"Dismiss" hides it without logging a gift', async () => {
    render(<GiveFirstPanel contactId={1} now={() => NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText(/No idea for now/)).toBeTruthy();
    expect(await getDb().interactions.count()).toBe(0);
  });
});
