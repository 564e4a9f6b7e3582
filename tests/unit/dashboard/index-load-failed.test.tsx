import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildContact, getDb } from '@/lib/db';
import type { Contact } from '@/lib/schemas/contact';
import { dropContactIndex, entryOf } from '@/lib/search';
import { ContactList } from '@/components/dashboard/ContactList';
import { MergeBox } from '@/components/dashboard/contacts/MergeBox';
import { setLanguage } from '@/lib/i18n';

// The index's full read fails as many times as `failures` says, then reads for real.
const reads = vi.hoisted(() => ({ failures: 0 }));
vi.mock('@/lib/db/read-in-pages', async (original) => {
  const real = await original<typeof import('@/lib/db/read-in-pages')>();
  return {
    ...real,
    readInPages: (...args: Parameters<typeof real.readInPages>) => {
      if (reads.failures > 0) {
        reads.failures -= 1;
        return Promise.reject(new TypeError("Cannot read properties of undefined (reading 'join')"));
      }
      return real.readInPages(...args);
    },
  };
});

describe('the address book when its index cannot be loaded', () => {
  beforeEach(async () => {
    dropContactIndex(getDb().name);
    await getDb().contacts.clear();
    await getDb().contacts.bulkAdd(['Ada Lovelace', 'Bruno Go'].map((name) => buildContact({ name }, 1)));
  });
  afterEach(() => {
    reads.failures = 0;
    dropContactIndex(getDb().name);
  });

  test('says so in words with a way to try again, instead of loading forever or saying it is empty', async () => {
    reads.failures = 1;
    render(<ContactList />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The address book could not be loaded');
    expect(alert.textContent).toContain("reading 'join'");
    expect(screen.queryByTestId('contacts-count')).toBeNull();
    expect(screen.queryByText(/no contacts/i)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Bruno Go' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('contacts-count').textContent).toMatch(/2/);
  });

  test('a record without its lists (tags, communities, notes) is indexed as having none', () => {
    const stored = { ...buildContact({ name: 'Old Record', company: 'Acme' }, 1), id: 7 } as Partial<Contact>;
    delete stored.tags;
    delete stored.communityIds;
    delete stored.notes;
    const entry = entryOf(stored as Contact & { id: number });
    expect(entry.tags).toEqual([]);
    expect(entry.communityIds).toEqual([]);
    expect(entry.text).toBe('old record\nacme\n\n\n\n');
    expect(entry.text).not.toContain('undefined');
  });
});

/** Ada's merge box, with Bruno (another name: only the search finds him) in the book; the first index read fails. */
async function openMergeBox(): Promise<HTMLElement> {
  const db = getDb();
  const [ada] = (await db.contacts.bulkAdd(
    ['Ada Lovelace', 'Bruno Go'].map((name) => buildContact({ name }, 1)),
    { allKeys: true },
  )) as number[];
  const contact = await db.contacts.get(ada!);
  reads.failures = 1;
  render(<MergeBox contact={{ ...contact!, id: ada! }} />);
  return screen.findByRole('alert');
}

describe('the merge box when the search index cannot be loaded', () => {
  beforeEach(async () => {
    dropContactIndex(getDb().name);
    await getDb().contacts.clear();
  });
  afterEach(() => {
    reads.failures = 0;
    dropContactIndex(getDb().name);
    setLanguage('en');
  });

  test('English: says so with the reason and “Try again”, which then finds the other record', async () => {
    const alert = await openMergeBox();
    expect(alert.textContent).toContain('The address book could not be loaded');
    expect(alert.textContent).toContain("reading 'join'");
    fireEvent.change(screen.getByLabelText('Find the other record'), { target: { value: 'Bruno' } });
    expect(screen.queryByRole('radio')).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radio', { name: 'Bruno Go' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('French: « Impossible de charger le carnet » and « Réessayer »', async () => {
    setLanguage('fr');
    const alert = await openMergeBox();
    expect(alert.textContent).toContain('Impossible de charger le carnet.');
    expect(alert.textContent).toContain('Détails\u00a0:');
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    fireEvent.change(screen.getByLabelText('Trouver l’autre fiche'), { target: { value: 'Bruno' } });
    expect(await screen.findByRole('radio', { name: 'Bruno Go' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
