import { beforeEach, describe, expect, test } from 'vitest';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { PanelApp } from '@/components/panel/PanelApp';
import { getDb, findByProfileKey } from '@/lib/db';
import { profileFromUrl } from '@/lib/profiles';
import { snapshotOf } from '../helpers';
import { fakeAccess } from './panel-fake-access';

describe('side panel', () => {
  beforeEach(async () => {
    await getDb().contacts.clear();
  });

  test('an unsaved profile shows the person and saves in one click', async () => {
    const url = 'https://www.linkedin.com/in/jane-doe/';
    const access = fakeAccess(url, { ok: true, snapshot: snapshotOf(url, { headline: 'Rust at Acme' }) });
    render(<PanelApp access={access} />);
    expect(await screen.findByRole('heading', { name: 'Jane Doe' })).toBeTruthy();
    expect(screen.getByText('Rust at Acme')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Save contact' }));
    await waitFor(() =>
      expect(screen.getByTestId('saved-status').textContent).toContain('In your address book'),
    );
    expect(await findByProfileKey(getDb(), 'linkedin:jane-doe')).toMatchObject({ name: 'Jane Doe' });
    expect(access.changed).toEqual([1]);
  });

  test('a page it cannot read says so and offers to save from the address', async () => {
    const url = 'https://x.com/janedoe';
    const access = fakeAccess(url, { ok: false, reason: 'unreadable' });
    render(<PanelApp access={access} />);
    expect(await screen.findByRole('heading', { name: 'Could not read this profile' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save as @janedoe' }));
    await waitFor(async () =>
      expect(await findByProfileKey(getDb(), 'x:janedoe')).toMatchObject({ name: '@janedoe' }),
    );
  });

  test("LinkedIn's not-found page, a sign-in wall or edit mode (not a person): could not read, with the URL's slug", async () => {
    const url = 'https://www.linkedin.com/in/no-such-person-123/';
    const access = fakeAccess(url, {
      ok: false,
      reason: 'not-a-person',
      profile: profileFromUrl(url),
      detail: 'the page says "This page doesn’t exist"',
    });
    render(<PanelApp access={access} />);
    expect(await screen.findByRole('heading', { name: 'Could not read this profile' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save as no-such-person-123' })).toBeTruthy();
    // The page's notice is never shown as a person.
    expect(screen.queryByText(/doesn’t exist/)).toBeNull();
    expect(await findByProfileKey(getDb(), 'linkedin:no-such-person-123')).toBeUndefined();
  });

  test('a page that is not a profile shows the saved count', async () => {
    render(
      <PanelApp
        access={fakeAccess('https://www.linkedin.com/feed/', { ok: false, reason: 'not-a-profile' })}
      />,
    );
    expect(await screen.findByRole('heading', { name: 'Not a profile' })).toBeTruthy();
    expect((await screen.findByTestId('saved-count')).textContent).toBe('No one saved yet');
  });
});
