import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { buildContact, getDb } from '@/lib/db';
import { firstByName } from '@/lib/search';
import { ContactList } from '@/components/dashboard/ContactList';

// The whole index never finishes loading here: the table shows only what it can without it.
vi.mock('@/components/dashboard/contacts/use-contact-index', async () => {
  const { ContactIndex } = await import('@/lib/search');
  const index = new ContactIndex();
  index.setStatus({ loading: true, loaded: 0 });
  return { useContactIndex: () => ({ index, version: 0, status: index.getStatus() }) };
});

const names = ['Zoé Martin', 'Ada Lovelace', 'Bruno Go', 'Camille Lefèvre', 'ada byron'];

describe('the address book while its index loads', () => {
  beforeEach(async () => {
    await getDb().contacts.clear();
    await getDb().contacts.bulkAdd(names.map((name) => buildContact({ name }, 1)));
  });

  test('the first page by name comes from the name index, in the table’s order', async () => {
    const page = await firstByName(getDb(), 3);
    // IndexedDB's order gives the three first capitals; the table's collator orders them.
    expect(page.map((e) => e.name)).toEqual(['Ada Lovelace', 'Bruno Go', 'Camille Lefèvre']);
    expect((await firstByName(getDb())).map((e) => e.name)).toEqual([
      'ada byron',
      'Ada Lovelace',
      'Bruno Go',
      'Camille Lefèvre',
      'Zoé Martin',
    ]);
  });

  test('the table as it opens shows its first rows at once; a search waits for the whole index', async () => {
    render(<ContactList />);
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.getByTestId('contacts-count').textContent).toMatch(/^Loading the address book/);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'bruno' } });
    // Results from part of the address book could miss someone: none until the index is ready.
    expect(screen.queryByRole('link', { name: 'Ada Lovelace' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Bruno Go' })).toBeNull();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '' } });
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toBeTruthy();
  });
});
