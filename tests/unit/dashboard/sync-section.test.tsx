import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';
import { SyncSection } from '@/components/dashboard/sections/SyncSection';
import { parseRoute } from '@/components/dashboard/router';
import { checkDatabaseUrl } from '@/components/dashboard/sync/sync-words';
import { SYNC_STATE_ID, type SyncState } from '@/lib/sync/local-state';

const section = () => render(<SyncSection route={parseRoute('#/sync')} />);

const ON: SyncState = {
  id: SYNC_STATE_ID,
  enabled: true,
  paused: false,
  url: 'https://couch.example.com/guild',
  user: 'me',
  password: 'secret',
  since: '0',
  failures: 2,
  newer: 3,
  error: 'unreachable',
  retryAt: new Date(2026, 11, 7, 14, 5).getTime(),
};

describe('Sync section', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await getDb().syncState.clear();
    setLanguage('en');
  });
  afterEach(() => setLanguage('en'));

  test('off by default: the form says a lost passphrase cannot be recovered before the passphrase field', async () => {
    section();
    const passphrase = await screen.findByLabelText('Encryption passphrase');
    const warning = screen.getByText(/A lost passphrase cannot be recovered/);
    expect(warning.compareDocumentPosition(passphrase) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn sync on' })).toBeTruthy();
  });

  test('a bad address or a short passphrase is refused before anything is asked or sent', async () => {
    section();
    fireEvent.change(await screen.findByLabelText('Database URL'), {
      target: { value: 'http://couch.lan/guild' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Turn sync on' }));
    expect(await screen.findByText(/starting with https:\/\//)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Database URL'), {
      target: { value: 'https://couch.example.com/guild' },
    });
    fireEvent.change(screen.getByLabelText('Encryption passphrase'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn sync on' }));
    expect(await screen.findByText(/at least 12 characters/)).toBeTruthy();
    expect(await getDb().syncState.count()).toBe(0);
  });

  test('on: the status says in words what went wrong and when the next try is, and what needs an update', async () => {
    await getDb().syncState.put(ON);
    section();
    expect(await screen.findByText(/Server unreachable\. Retrying at (14:05|02:05 PM)\./)).toBeTruthy();
    expect(screen.getByText(/3 records were written by a newer version of Guild: update Guild/)).toBeTruthy();
    expect(screen.getByText('Not synced yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByText(/Sync is paused/)).toBeTruthy();
  });

  test('in French too', async () => {
    setLanguage('fr');
    await getDb().syncState.put({ ...ON, error: 'unauthorized', retryAt: undefined, newer: 0 });
    section();
    expect(await screen.findByText(/Mot de passe incorrect/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Synchroniser maintenant' })).toBeTruthy();
  });

  test('turning sync off keeps the address book and forgets the keys and password', async () => {
    await getDb().syncState.put(ON);
    await getDb().contacts.clear();
    section();
    fireEvent.click(await screen.findByRole('button', { name: 'Turn sync off' }));
    expect(await screen.findByRole('button', { name: 'Turn sync on' })).toBeTruthy();
    const state = await getDb().syncState.get(SYNC_STATE_ID);
    expect(state).toMatchObject({ enabled: false, password: '', url: ON.url });
    expect(state?.keys).toBeUndefined();
  });
});

describe('database URL check', () => {
  test.each([
    ['https://couch.example.com/guild', true],
    ['http://127.0.0.1:5984/guild', true],
    ['http://localhost:5984/guild', true],
    ['http://192.168.1.5:5984/guild', false],
    ['https://couch.example.com/', false],
    ['https://user:pw@couch.example.com/guild', false],
    ['ftp://couch.example.com/guild', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(checkDatabaseUrl(url) !== undefined).toBe(ok);
  });
});
