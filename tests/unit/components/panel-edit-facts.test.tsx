import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PanelApp } from '@/components/panel/PanelApp';
import { getDb, saveFromSnapshot, updateSettings } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';
import { snapshotOf } from '../helpers';
import { fakeAccess } from './panel-fake-access';

// Loaded once here, so that each test waits for the panel, not for Vite.
beforeAll(async () => {
  await Promise.all([
    import('@/lib/routine'),
    import('@/components/give-first/GiveFirstPanel'),
    import('@/components/contact/FactEditor'),
  ]);
}, 30_000);

const url = 'https://www.linkedin.com/in/jane-doe/';

async function seed() {
  const db = getDb();
  await Promise.all([
    db.contacts.clear(),
    db.interactions.clear(),
    db.tasks.clear(),
    db.resources.clear(),
    db.settings.clear(),
  ]);
  const contact = await saveFromSnapshot(db, snapshotOf(url, { headline: 'Rust at Acme' }), Date.now());
  const id = contact.id as number;
  await db.contacts.update(id, { circle: 'acquaintance', tags: ['rust'], news: [] });
  return id;
}

function renderSaved() {
  render(
    <PanelApp
      access={fakeAccess(url, { ok: true, snapshot: snapshotOf(url, { headline: 'Rust at Acme' }) })}
    />,
  );
}

/** The facts list (give-first's empty card has "Add their interests" too). */
const facts = async () => within(await screen.findByTestId('contact-facts'));
const stored = async (id: number) => (await getDb().contacts.get(id))!;

describe('the panel edits a saved person’s facts in place', () => {
  let id: number;
  beforeEach(async () => {
    setLanguage('en');
    id = await seed();
  });

  test('circle: Edit → pick → Save stores it, shows it, and the keyboard is back on Edit', async () => {
    renderSaved();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit their circle' }));
    const select = await screen.findByLabelText('Circle');
    expect(document.activeElement).toBe(select);
    fireEvent.change(select, { target: { value: 'close' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored(id)).circle).toBe('close'));
    const again = await screen.findByRole('button', { name: 'Edit their circle' });
    expect(again.closest('dd')?.textContent).toContain('Close');
    await waitFor(() => expect(document.activeElement).toBe(again));
  });

  test('interests: typed comma-separated, stored trimmed and without repeats, shown as chips', async () => {
    renderSaved();
    fireEvent.click((await facts()).getByRole('button', { name: 'Add their interests' }));
    const input = await screen.findByLabelText('Interests');
    fireEvent.change(input, { target: { value: ' Rust,  WebAssembly,, Rust ' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(async () => expect((await stored(id)).interests).toEqual(['Rust', 'WebAssembly']));
    const chips = await screen.findByTestId('fact-interests');
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Rust', 'WebAssembly']);
    expect(screen.getByRole('button', { name: 'Edit their interests' })).toBeTruthy();
  });

  test('tags, needs and offers are edited the same way; emptying a list stores an empty list', async () => {
    renderSaved();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit their tags' }));
    const tags = (await screen.findByLabelText('Tags')) as HTMLInputElement;
    expect(tags.value).toBe('rust');
    fireEvent.change(tags, { target: { value: '' } });
    fireEvent.submit(tags.closest('form')!);
    await waitFor(async () => expect((await stored(id)).tags).toEqual([]));

    fireEvent.click((await facts()).getByRole('button', { name: 'Add what they need' }));
    fireEvent.change(await screen.findByLabelText('Needs'), { target: { value: 'a co-founder' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored(id)).needs).toEqual(['a co-founder']));

    fireEvent.click((await facts()).getByRole('button', { name: 'Add what they offer' }));
    fireEvent.change(await screen.findByLabelText('Offers'), { target: { value: 'code reviews' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored(id)).offers).toEqual(['code reviews']));
    expect((await stored(id)).tags).toEqual([]);
  });

  test('Escape and Cancel store nothing', async () => {
    renderSaved();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit their tags' }));
    const input = await screen.findByLabelText('Tags');
    fireEvent.change(input, { target: { value: 'changed' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Tags')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Edit their tags' }));
    fireEvent.change(await screen.findByLabelText('Tags'), { target: { value: 'changed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByLabelText('Tags')).toBeNull());
    expect((await stored(id)).tags).toEqual(['rust']);
  });

  test('a label longer than the schema allows is refused where it was typed, and nothing is stored', async () => {
    renderSaved();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit their tags' }));
    const input = await screen.findByLabelText('Tags');
    fireEvent.change(input, { target: { value: `ok, ${'x'.repeat(101)}` } });
    fireEvent.submit(input.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'At most 100 items of at most 100 characters each.',
    );
    expect((await stored(id)).tags).toEqual(['rust']);
  });

  test('give first, empty: “Add their interests” opens the interests field in place, and what is saved is shown', async () => {
    renderSaved();
    const card = await screen.findByTestId('give-first');
    await waitFor(() => expect(card.textContent).toContain('No idea for now'));
    fireEvent.click(within(card).getByRole('button', { name: 'Add their interests' }));
    const input = await screen.findByLabelText('Interests');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'Rust' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(async () => expect((await stored(id)).interests).toEqual(['Rust']));
    expect(within(await screen.findByTestId('fact-interests')).getByText('Rust')).toBeTruthy();
    const resource = within(card).getByRole('link', { name: 'Add a resource in the dashboard' });
    expect(resource.getAttribute('href')).toMatch(/\/options\.html#\/resources$/);
  });

  test('in French: the buttons and the list hint', async () => {
    await updateSettings(getDb(), { language: 'fr' });
    try {
      renderSaved();
      await screen.findByRole('button', { name: 'On vient de discuter' });
      fireEvent.click((await facts()).getByRole('button', { name: 'Ajouter ses intérêts' }));
      expect(await screen.findByLabelText('Intérêts')).toBeTruthy();
      expect(screen.getByText('Séparez par des virgules.')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Annuler' })).toBeTruthy();
    } finally {
      await getDb().settings.clear();
      setLanguage('en');
    }
  });
});
