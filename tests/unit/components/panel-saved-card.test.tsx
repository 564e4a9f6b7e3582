import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/react';
import { PanelApp } from '@/components/panel/PanelApp';
import { createTask, getDb, logInteraction, saveFromSnapshot, updateSettings } from '@/lib/db';
import { snapshotOf } from '../helpers';
import { fakeAccess } from './panel-fake-access';

// The panel loads these after first paint; loading them once here keeps
// each test's wait about the panel, not about Vite transforming a module.
beforeAll(async () => {
  await Promise.all([
    import('@/lib/routine'),
    import('@/components/give-first/GiveFirstPanel'),
    import('@/components/contact/ContactSnippets'),
    import('@/components/panel/NotAProfile'),
    import('@/components/quick-save/QuickSaveFlow'),
  ]);
}, 30_000);

const url = 'https://www.linkedin.com/in/jane-doe/';
const DAY = 86_400_000;

async function seed() {
  const db = getDb();
  await Promise.all([db.contacts.clear(), db.interactions.clear(), db.tasks.clear(), db.settings.clear()]);
  const now = Date.now();
  const contact = await saveFromSnapshot(db, snapshotOf(url, { headline: 'Rust at Acme' }), now - 100 * DAY);
  const id = contact.id as number;
  await db.contacts.update(id, {
    circle: 'active',
    tags: ['rust', 'paris'],
    howWeMet: { context: 'Paris.js' },
    notes: 'Likes trains',
    news: [{ field: 'company', from: 'Acme', to: 'Ferrous Systems', noticedAt: now - DAY }],
  });
  await logInteraction(db, { contactId: id, kind: 'call', date: now - 40 * DAY, topic: 'old call' });
  await logInteraction(db, { contactId: id, kind: 'conversation', date: now - 12 * DAY, topic: 'WASM' });
  await createTask(db, {
    kind: 'send-promised',
    contactId: id,
    title: 'Send the slides',
    due: now - DAY,
    origin: 'quick-save',
  });
  return id;
}

function renderSaved() {
  render(
    <PanelApp
      access={fakeAccess(url, { ok: true, snapshot: snapshotOf(url, { headline: 'Rust at Acme' }) })}
    />,
  );
}

describe('saved contact card', () => {
  let id: number;
  beforeEach(async () => {
    id = await seed();
  });

  test('circle, tags, how we met, “12 days ago”, keep-in-touch from the circle’s cadence, timeline newest first', async () => {
    await updateSettings(getDb(), { cadenceDays: { close: 14, active: 10, acquaintance: 90 } });
    renderSaved();
    await waitFor(() => expect(screen.getByTestId('last-interaction').textContent).toBe('12 days ago'));
    expect(screen.getByText('Active')).toBeTruthy();
    expect(screen.getByText('rust')).toBeTruthy();
    expect(screen.getByText('Paris.js')).toBeTruthy();
    // Active circle, cadence 10 days, last talked 12 days ago: due (not a week past yet).
    await waitFor(() =>
      expect(screen.getByTestId('keep-in-touch').textContent).toBe('Due: time to reach out'),
    );
    const items = within(await screen.findByTestId('timeline')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('WASM'),
      expect.stringContaining('old call'),
    ]);
  });

  test('a contact’s own cadence overrides the circle’s', async () => {
    await getDb().contacts.update(id, { cadenceDays: 60 });
    renderSaved();
    await waitFor(() => expect(screen.getByTestId('keep-in-touch').textContent).toMatch(/^Fine: next in/));
  });

  test('open follow-ups: done with undo; snooze moves it a day', async () => {
    renderSaved();
    const list = await screen.findByTestId('open-follow-ups');
    expect(list.textContent).toContain('Send the slides');
    fireEvent.click(screen.getByRole('button', { name: 'Snooze a day: “Send the slides”' }));
    await waitFor(async () =>
      expect((await getDb().tasks.toArray())[0]?.snoozedUntil).toBeGreaterThan(Date.now()),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mark done: “Send the slides”' }));
    await waitFor(() => expect(screen.getByText('Nothing to follow up.', { exact: false })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByTestId('open-follow-ups').textContent).toContain('Send the slides'),
    );
  });

  test('news since the last visit, marked seen', async () => {
    renderSaved();
    expect(await screen.findByText('Now at Ferrous Systems', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as seen' }));
    await waitFor(() => expect(screen.queryByText('News since your last visit')).toBeNull());
    expect((await getDb().contacts.get(id))?.news[0]?.seenAt).toBeTypeOf('number');
  });

  test('notes are edited in place; Ctrl+Enter saves', async () => {
    renderSaved();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit notes' }));
    const box = screen.getByLabelText(/^Notes about Jane Doe/);
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: 'Likes trains and Rust' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(await screen.findByText('Likes trains and Rust')).toBeTruthy();
    expect((await getDb().contacts.get(id))?.notes).toBe('Likes trains and Rust');
  });

  test('remove an interaction and delete the contact, each with Undo', async () => {
    renderSaved();
    fireEvent.click(await screen.findByRole('button', { name: /^Remove Conversation/ }));
    await waitFor(async () => expect(await getDb().interactions.count()).toBe(1));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getDb().interactions.count()).toBe(2));
    await waitFor(async () =>
      expect((await getDb().contacts.get(id))?.lastInteractionAt).toBeGreaterThan(Date.now() - 13 * DAY),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Delete contact' }));
    expect(await screen.findByRole('button', { name: 'Save contact' }, { timeout: 5000 })).toBeTruthy();
    expect(await getDb().contacts.count()).toBe(0);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByTestId('saved-status').textContent).toContain('In your address book'),
    );
    expect(await getDb().interactions.count()).toBe(2);
  });

  test('messages to send: the snippet composer opens on the follow-up, filled from the last conversation', async () => {
    renderSaved();
    fireEvent.click(await screen.findByRole('button', { name: 'Write them a message' }));
    const section = screen.getByRole('region', { name: 'Messages to send' });
    const message = (await within(section).findByLabelText(/Your message/)) as HTMLTextAreaElement;
    await waitFor(() => expect(message.value).toContain('I really enjoyed our conversation about WASM.'));
    expect(message.value).toContain('Hi Jane,');
  });

  test('give first: the give-first card for this person, with the engine’s reason', async () => {
    renderSaved();
    // The new company noticed on their profile is worth congratulating.
    await waitFor(() => expect(screen.getByTestId('give-first').textContent).toContain('Congratulate'));
    expect(screen.getByTestId('give-first').textContent).toContain('New on their profile');
  });

  test('“Open their page in the dashboard” goes to this person’s page', async () => {
    renderSaved();
    const link = await screen.findByRole('link', { name: 'Open their page in the dashboard' });
    expect(link.getAttribute('href')).toMatch(new RegExp(`/options\\.html#/contacts/${id}$`));
    expect(link.getAttribute('target')).toBe('_blank');
  });

  test('give first: an empty state that says what to do', async () => {
    await getDb().contacts.update(id, { news: [] });
    await getDb().interactions.clear();
    renderSaved();
    await waitFor(() => expect(screen.getByTestId('give-first').textContent).toContain('No idea for now'));
    expect(screen.getByTestId('give-first-empty-actions')).toBeTruthy();
  });
});
