import { beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { PanelApp } from '@/components/panel/PanelApp';
import { getDb } from '@/lib/db';
import { SYNC_ON } from '../sync/sync-on';
import { snapshotOf } from '../helpers';
import { fakeAccess } from './panel-fake-access';

const url = 'https://www.linkedin.com/in/jane-doe/';

/**
 * The side panel's own database (getDb, with the tracker the panel's bundle
 * loads) notes every record it writes while sync is on: nothing the panel
 * saves can be missed by sync, wherever the sync code itself is loaded.
 */
describe('sync tracking of the panel’s writes', () => {
  beforeEach(async () => {
    const db = getDb();
    await Promise.all(
      [db.contacts, db.interactions, db.tasks, db.syncChanges, db.syncState].map((t) => t.clear()),
    );
    await db.syncState.put(SYNC_ON);
  });

  test('a quick-save notes the contact, the conversation and the follow-up', async () => {
    const access = fakeAccess(url, { ok: true, snapshot: snapshotOf(url, { company: 'Acme' }) });
    render(<PanelApp access={access} />);
    fireEvent.click(await screen.findByRole('button', { name: 'We just talked' }));
    const where = await screen.findByLabelText('Where (an event or a context)');
    fireEvent.change(where, { target: { value: 'Paris.js' } });
    fireEvent.change(screen.getByLabelText(/^What you promised/), { target: { value: 'the slides' } });
    fireEvent.submit(where.closest('form')!);
    await screen.findByTestId('message-editor');

    const db = getDb();
    const written = [
      ...(await db.contacts.toArray()).map((c) => ['contacts', c.id]),
      ...(await db.interactions.toArray()).map((i) => ['interactions', i.id]),
      ...(await db.tasks.toArray()).map((t) => ['tasks', t.id]),
    ];
    expect(written.map(([table]) => table)).toEqual(['contacts', 'interactions', 'tasks']);
    const noted = (await db.syncChanges.toArray()).map((c) => [c.table, c.localId]);
    expect(noted).toEqual(expect.arrayContaining(written));
  });
});
