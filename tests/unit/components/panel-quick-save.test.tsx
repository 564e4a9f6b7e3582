import { beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/react';
import { PanelApp } from '@/components/panel/PanelApp';
import { getDb, findByProfileKey, events, updateSettings } from '@/lib/db';
import { getLanguage, setLanguage } from '@/lib/i18n';
import { snapshotOf } from '../helpers';
import { fakeAccess } from './panel-fake-access';

const url = 'https://www.linkedin.com/in/jane-doe/';
const HOUR = 3600_000;

async function clearAll() {
  const db = getDb();
  await Promise.all([db.contacts.clear(), db.interactions.clear(), db.tasks.clear(), db.events.clear()]);
}

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('quick-save in the panel', () => {
  beforeEach(clearAll);

  test('“We just talked” on an unsaved profile: form with where focused, Enter saves, follow-up ready to copy', async () => {
    await events.add(getDb(), {
      name: 'Paris.js',
      date: Date.now() - HOUR,
      format: 'in-person',
      contactIds: [],
    });
    const access = fakeAccess(url, { ok: true, snapshot: snapshotOf(url, { company: 'Acme' }) });
    render(<PanelApp access={access} />);
    fireEvent.click(await screen.findByRole('button', { name: 'We just talked' }));

    const where = await screen.findByLabelText('Where (an event or a context)');
    expect(document.activeElement).toBe(where);
    await waitFor(() =>
      expect(document.querySelector('datalist option')?.getAttribute('value')).toBe('Paris.js'),
    );
    type('Where (an event or a context)', 'Paris.js');
    type('What you talked about', 'Rust in the browser');
    type(/^What you promised/, 'the WASM talk slides');
    fireEvent.submit(where.closest('form')!);

    const text = (await screen.findByTestId('message-editor')) as HTMLTextAreaElement;
    expect(text.value).toContain('Rust in the browser');
    expect(text.value).toContain('at Paris.js');
    expect(text.value).toContain('As promised: the WASM talk slides');
    expect(text.value).toMatch(/^Hi Jane,/);

    const contact = await findByProfileKey(getDb(), 'linkedin:jane-doe');
    expect(contact?.howWeMet?.context).toBe('Paris.js');
    const tasks = await getDb().tasks.toArray();
    expect(tasks.map((t) => t.kind)).toEqual(['send-promised']);
    for (const t of tasks) expect(t.due - Date.now()).toBeLessThanOrEqual(24 * HOUR);
    expect(access.changed).toEqual([1]);

    // Edit in place; Copy copies what is shown; copying logs nothing until "Sent".
    fireEvent.change(text, { target: { value: `${text.value}\nPS: slide 12.` } });
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    // "Copied" is said once, in the live region beside Copy, not again in the "Sent" question below.
    const followUp = text.closest('section')!;
    expect(within(followUp).getByRole('status').textContent).toBe('Copied');
    expect(followUp.textContent!.match(/Copied/g)).toHaveLength(1);
    expect(within(followUp).getByRole('group').textContent).toContain('Once you have sent it, say so');
    expect(writeText).toHaveBeenCalledWith(text.value);
    expect(text.value).toMatch(/PS: slide 12\.$/);
    expect(await getDb().interactions.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Sent' }));
    await screen.findByText('Sent: logged in their history.');
    const logged = await getDb().interactions.toArray();
    expect(logged.map((i) => [i.kind, i.topic])).toEqual([
      ['conversation', 'Rust in the browser'],
      ['gave', 'the WASM talk slides'],
    ]);
    expect((await getDb().tasks.toArray()).map((t) => t.status)).toEqual(['done']);

    fireEvent.click(screen.getByRole('button', { name: 'Close the message' }));
    expect(await screen.findByTestId('saved-status')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('saved-status').textContent).toContain('In your address book'),
    );
  });

  test('on X, someone saved from LinkedIn with the same name: the form asks, and the quick-save adds to them', async () => {
    const db = getDb();
    const li = snapshotOf(url, { name: 'Jane Doe' });
    const { saveFromSnapshot } = await import('@/lib/db');
    const jane = await saveFromSnapshot(db, li);
    await db.contacts.update(jane.id!, { howWeMet: { context: 'Paris.js' } });
    const xUrl = 'https://x.com/janedoe';
    render(
      <PanelApp access={fakeAccess(xUrl, { ok: true, snapshot: snapshotOf(xUrl, { name: 'Jane Doe' }) })} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'We just talked' }));
    expect(
      await screen.findByText('Is this the Jane Doe you met at Paris.js?', { selector: 'legend' }),
    ).toBeTruthy();
    expect((screen.getByLabelText('Yes: add this profile to Jane Doe') as HTMLInputElement).checked).toBe(
      true,
    );
    const where = screen.getByLabelText('Where (an event or a context)');
    type('Where (an event or a context)', 'DevFest');
    type(/^Next step$/, 'send the talk video');
    fireEvent.change(screen.getByLabelText('Next step due'), { target: { value: '7' } });
    fireEvent.submit(where.closest('form')!);
    await screen.findByTestId('message-editor');
    expect(await db.contacts.count()).toBe(1);
    expect((await db.contacts.get(jane.id!))?.profileKeys.sort()).toEqual(['linkedin:jane-doe', 'x:janedoe']);
    const [task] = await db.tasks.toArray();
    expect(task!.due - Date.now()).toBeGreaterThan(6 * 24 * HOUR);
  });

  test('where is required: the form says so and keeps focus there', async () => {
    render(<PanelApp access={fakeAccess(url, { ok: true, snapshot: snapshotOf(url) })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'We just talked' }));
    const where = await screen.findByLabelText('Where (an event or a context)');
    type('What you talked about', 'Rust');
    fireEvent.submit(where.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Say where you talked/);
    expect(document.activeElement).toBe(where);
    expect(where.getAttribute('aria-invalid')).toBe('true');
    expect(await getDb().interactions.count()).toBe(0);
  });

  test('the shortcut opens the form on the page’s person with the first field focused', async () => {
    const access = fakeAccess(url, { ok: true, snapshot: snapshotOf(url) });
    render(<PanelApp access={access} />);
    await screen.findByRole('heading', { name: 'Jane Doe' });
    access.pressQuickSave();
    const where = await screen.findByLabelText('Where (an event or a context)');
    await waitFor(() => expect(document.activeElement).toBe(where));
  });

  test('in French: French labels, French follow-up and French task titles', async () => {
    setLanguage('fr');
    try {
      render(<PanelApp access={fakeAccess(url, { ok: true, snapshot: snapshotOf(url) })} />);
      fireEvent.click(await screen.findByRole('button', { name: 'On vient de discuter' }));
      const where = await screen.findByLabelText('Où (un événement ou un contexte)');
      type('Où (un événement ou un contexte)', 'Paris.js');
      type('Le sujet de la discussion', 'Rust');
      type('Son projet', 'Ferris');
      fireEvent.submit(where.closest('form')!);
      const text = ((await screen.findByTestId('message-editor')) as HTMLTextAreaElement).value;
      expect(text).toContain('Bonjour Jane,');
      expect(text).toContain(
        "Merci pour notre rencontre à Paris.js.\nJ'ai beaucoup apprécié notre échange sur Rust.",
      );
      expect(text).toContain('café virtuel');
      expect(screen.getByRole('button', { name: 'Copier' })).toBeTruthy();
      // What the task means is stored; its title is written in the language shown.
      const tasks = await getDb().tasks.toArray();
      expect(tasks.map((t) => [t.about, t.title])).toEqual([
        [{ what: 'follow-up', name: 'Jane Doe' }, undefined],
      ]);
      expect(screen.getByText('Envoyer votre message de relance à Jane Doe')).toBeTruthy();
      // The button that closes the message says so; closing it shows the saved person again.
      fireEvent.click(screen.getByRole('button', { name: 'Fermer le message' }));
      expect(await screen.findByTestId('saved-status')).toBeTruthy();
    } finally {
      setLanguage('en');
    }
  });

  test('Guild’s own language setting wins over the browser’s', async () => {
    await updateSettings(getDb(), { language: 'fr' });
    try {
      render(<PanelApp access={fakeAccess(url, { ok: true, snapshot: snapshotOf(url) })} />);
      expect(await screen.findByRole('button', { name: 'On vient de discuter' })).toBeTruthy();
      expect(getLanguage()).toBe('fr');
    } finally {
      await getDb().settings.clear();
      setLanguage('en');
    }
  });
});
