import { act, render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DatabaseGate } from '@/components/DatabaseGate';
import { GuildDatabase, type OpenResult } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';

describe('DatabaseGate', () => {
  test('a long upgrade shows its progress, then the app', async () => {
    setLanguage('en');
    const db = new GuildDatabase('gate-progress');
    let report: (p: { version: number; done: number; total: number }) => void = () => undefined;
    let finish: (r: OpenResult) => void = () => undefined;
    render(
      <DatabaseGate
        open={() => new Promise((resolve) => (finish = resolve))}
        subscribe={(listener) => {
          report = listener;
          return () => undefined;
        }}
      >
        <p>the app</p>
      </DatabaseGate>,
    );
    act(() => report({ version: 2, done: 500, total: 100_000 }));
    expect(screen.getByRole('heading', { name: 'Updating your address book…' })).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('500');
    expect(screen.getByRole('status').textContent).toContain('500 of 100,000 records updated');
    act(() => finish({ ok: true, db }));
    expect(await screen.findByText('the app')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('renders the app once the database is open', async () => {
    const db = new GuildDatabase('gate-ok');
    render(
      <DatabaseGate open={() => Promise.resolve({ ok: true, db })}>
        <p>the app</p>
      </DatabaseGate>,
    );
    expect(await screen.findByText('the app')).toBeTruthy();
  });

  test('a failed upgrade is explained, says nothing was changed, and the app is not rendered', async () => {
    setLanguage('en');
    const failure: OpenResult = {
      ok: false,
      kind: 'upgrade-failed',
      version: 2,
      message: 'Upgrade to version 2 failed: contact 9 could not be read',
    };
    render(
      <DatabaseGate open={() => Promise.resolve(failure)}>
        <p>the app</p>
      </DatabaseGate>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Guild could not open your address book');
    expect(alert.textContent).toContain('nothing was changed');
    expect(alert.textContent).toContain('contact 9 could not be read');
    expect(screen.queryByText('the app')).toBeNull();
  });
});
