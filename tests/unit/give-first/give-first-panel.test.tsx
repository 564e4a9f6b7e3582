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

  test('suggests the matching resource; Copy (even twice) logs nothing; "Sent" logs one gift and the reasons update', async () => {
    await getDb().resources.add(resource(13, 'React performance in practice', ['react', 'performance']));
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
    const title = copied[0]!.match(/“(.+)”/)![1]!;
    expect(copied[0]).toMatch(
      /^Hi Camille,\n\nI came across “.+” and thought of you\.\nhttps:\/\/example\.org\/1[23]\n\nHope it helps!$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(copied).toHaveLength(2));
    await waitFor(async () => expect(await getDb().copyLogs.count()).toBe(2));
    expect(await getDb().interactions.count()).toBe(0);

    fireEvent.click(await screen.findByRole('button', { name: 'Sent' }));
    expect((await screen.findByTestId('give-first-sent')).textContent).toBe(`Shared “${title}”`);
    expect(await getDb().interactions.toArray()).toEqual([
      expect.objectContaining({ contactId: 1, kind: 'gave', direction: 'gave', date: NOW }),
    ]);
    // The other resource is still worth sharing; its reason no longer says nothing was ever given.
    await waitFor(() =>
      expect(document.querySelector('.reason')?.textContent).toBe(
        'Fits their interest in React performance.',
      ),
    );
  });

  test('"Done" logs the gift and the idea goes away', async () => {
    render(<GiveFirstPanel contactId={1} now={() => NOW} writeClipboard={async () => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as given' }));
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
    fireEvent.click(await screen.findByRole('button', { name: 'Not for them' }));
    expect(await screen.findByText(/No idea for now/)).toBeTruthy();
    expect(await getDb().interactions.count()).toBe(0);
  });
});
