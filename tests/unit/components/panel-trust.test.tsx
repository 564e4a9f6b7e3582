import { beforeEach, describe, expect, test } from 'vitest';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { PanelApp } from '@/components/panel/PanelApp';
import { getDb, findByProfileKey, saveFromSnapshot } from '@/lib/db';
import { snapshotOf } from '../helpers';
import { fakeAccess } from './panel-fake-access';

const URL = 'https://www.linkedin.com/in/jane-doe/';
const read = () => snapshotOf(URL, { headline: '1st degree connection', company: 'Alan' });

async function correctHeadline(to: string) {
  fireEvent.click(await screen.findByRole('button', { name: 'Correct what was read' }));
  const input = screen.getByLabelText('Headline');
  expect((input as HTMLInputElement).value).toBe('1st degree connection');
  fireEvent.change(input, { target: { value: to } });
  fireEvent.click(screen.getByRole('button', { name: 'Keep these' }));
  await waitFor(() => expect(screen.getByTestId('person-headline').textContent).toBe(to));
}

describe('the panel: the user corrects, Guild remembers', () => {
  beforeEach(async () => {
    await getDb().contacts.clear();
  });

  test('corrected before saving: shown at once, saved as the user typed it, the read kept apart', async () => {
    render(<PanelApp access={fakeAccess(URL, { ok: true, snapshot: read() })} />);
    await correctHeadline('Staff engineer at Alan');
    fireEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(async () =>
      expect(await findByProfileKey(getDb(), 'linkedin:jane-doe')).toMatchObject({
        headline: 'Staff engineer at Alan',
        corrected: ['headline'],
        lastSnapshot: { headline: '1st degree connection' },
      }),
    );
  });

  test('corrected after saving: stored at once, and a later visit does not overwrite it', async () => {
    await saveFromSnapshot(getDb(), read(), 1000);
    const first = render(<PanelApp access={fakeAccess(URL, { ok: true, snapshot: read() })} />);
    await screen.findByTestId('saved-status');
    await correctHeadline('Staff engineer at Alan');
    await waitFor(async () =>
      expect((await findByProfileKey(getDb(), 'linkedin:jane-doe'))?.corrected).toEqual(['headline']),
    );
    first.unmount();
    // The next visit reads the page again (same wrong headline): the correction stays.
    render(<PanelApp access={fakeAccess(URL, { ok: true, snapshot: { ...read(), readAt: 5000 } })} />);
    await waitFor(async () =>
      expect((await findByProfileKey(getDb(), 'linkedin:jane-doe'))?.lastSnapshot?.readAt).toBe(5000),
    );
    expect(screen.getByTestId('person-headline').textContent).toBe('Staff engineer at Alan');
    expect((await findByProfileKey(getDb(), 'linkedin:jane-doe'))?.headline).toBe('Staff engineer at Alan');
  });
});

describe('the panel without site access', () => {
  test('says Guild may not read the tab (never "not a profile"), asks on click, then reads', async () => {
    const hosts = { granted: false, requests: 0 };
    // Without host access the browser hides the tab's URL.
    const access = fakeAccess(undefined, { ok: true, snapshot: read() }, {}, hosts);
    access.currentTab = async () => ({ id: 1, url: hosts.granted ? URL : undefined });
    render(<PanelApp access={access} />);
    expect(await screen.findByRole('heading', { name: 'Guild may not read this tab' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Not a profile' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow Guild to read LinkedIn and X' }));
    expect(hosts.requests).toBe(1);
    expect(await screen.findByRole('heading', { name: 'Jane Doe' })).toBeTruthy();
  });

  test('with access, a tab whose URL is hidden is another site: "not a profile"', async () => {
    render(<PanelApp access={fakeAccess(undefined, { ok: false, reason: 'not-a-profile' })} />);
    expect(await screen.findByRole('heading', { name: 'Not a profile' })).toBeTruthy();
  });
});
