import { beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
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

    const text = await screen.findByTestId('follow-up-text');
    expect(text.textContent).toContain('Rust in the browser');
    expect(text.textContent).toContain('Paris.js');
    expect(text.textContent).toContain('As promised, here is the WASM talk slides.');
    expect(text.textContent).toMatch(/^Hi Jane,/);

    const contact = await findByProfileKey(getDb(), 'linkedin:jane-doe');
    expect(contact?.howWeMet?.context).toBe('Paris.js');
    const tasks = await getDb().tasks.toArray();
    expect(tasks.map((t) => t.kind)).toEqual(['connect', 'send-promised']);
    for (const t of tasks) expect(t.due - Date.now()).toBeLessThanOrEqual(24 * HOUR);
    expect(access.changed).toEqual([1]);

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(text.textContent);

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByTestId('saved-status')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('saved-status').textContent).toContain('In your address book'),
    );
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
      const text = (await screen.findByTestId('follow-up-text')).textContent;
      expect(text).toContain('Salut Jane,');
      expect(text).toContain(
        "Ravi d'avoir fait ta connaissance à Paris.js.\nJ'ai beaucoup apprécié notre échange sur Rust.",
      );
      expect(text).toContain('café virtuel');
      expect(screen.getByRole('button', { name: 'Copier' })).toBeTruthy();
      const titles = (await getDb().tasks.toArray()).map((t) => t.title);
      expect(titles).toEqual([
        'Se connecter avec Jane Doe sur LinkedIn',
        'Envoyer votre message de suivi à Jane Doe',
      ]);
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
