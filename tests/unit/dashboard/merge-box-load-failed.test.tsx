import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildContact, getDb } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';
import { dropContactIndex } from '@/lib/search';
import { MergeBox } from '@/components/dashboard/contacts/MergeBox';

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
