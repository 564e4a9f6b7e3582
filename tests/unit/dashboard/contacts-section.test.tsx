import { beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildContact, getDb } from '@/lib/db';
import { ContactsSection } from '@/components/dashboard/sections/ContactsSection';
import { parseRoute } from '@/components/dashboard/router';

const people = [
  { name: 'Thomas Nguyen', company: 'Qonto', tags: ['payments'] },
  { name: 'Camille Lefèvre', company: 'Doctolib', notes: 'Loves Rust' },
  { name: 'Inès Benali', company: 'Benali Conseil' },
];

async function seed() {
  return (await getDb().contacts.bulkAdd(
    people.map((p) => buildContact(p, 1000)),
    { allKeys: true },
  )) as number[];
}

const list = () => render(<ContactsSection route={parseRoute('#/contacts')} />);
const rowNames = () => screen.queryAllByRole('link').map((a) => a.textContent);

describe('Contacts section', () => {
  beforeEach(async () => {
    await getDb().contacts.clear();
  });

  test('with nobody saved, it teaches how to start', async () => {
    list();
    expect(await screen.findByRole('heading', { name: 'Your address book is empty' })).toBeTruthy();
    // The Data page's first and richer import is the archive ZIP: the empty book points there, not only to Connections.csv.
    expect(
      screen.getByText(/LinkedIn’s data archive \(the ZIP LinkedIn sends, or its Connections\.csv\)/),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import your LinkedIn archive' }).getAttribute('href')).toBe(
      '#/data',
    );
  });

  test('lists people sorted by name; search narrows by company and notes at once', async () => {
    await seed();
    list();
    await waitFor(() =>
      expect(rowNames()).toEqual(['CLCamille Lefèvre', 'IBInès Benali', 'TNThomas Nguyen']),
    );
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'qonto' } });
    expect(rowNames()).toEqual(['TNThomas Nguyen']);
    expect(screen.getByTestId('contacts-count').textContent).toBe('1 of 3 people');
    fireEvent.change(search, { target: { value: 'rust' } });
    expect(rowNames()).toEqual(['CLCamille Lefèvre']);
    fireEvent.change(search, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: /^Name/ }));
    expect(rowNames()[0]).toBe('TNThomas Nguyen');
    fireEvent.click(screen.getByRole('button', { name: /^Name/ }));
  });

  test('bulk tag, circle and delete on the selection, each with Undo', async () => {
    const ids = await seed();
    list();
    await screen.findByRole('checkbox', { name: 'Select Thomas Nguyen' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Thomas Nguyen' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Inès Benali' }));
    const bar = screen.getByRole('region', { name: 'Actions on the selected people' });
    fireEvent.change(within(bar).getByLabelText('Add tag'), { target: { value: ' fintech ' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Tag' }));
    await waitFor(async () =>
      expect((await getDb().contacts.get(ids[0]!))?.tags).toEqual(['payments', 'fintech']),
    );
    expect((await getDb().contacts.get(ids[1]!))?.tags).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getDb().contacts.get(ids[0]!))?.tags).toEqual(['payments']));

    fireEvent.change(within(bar).getByLabelText('Move to circle'), { target: { value: 'close' } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Move' }));
    await waitFor(async () => expect((await getDb().contacts.get(ids[2]!))?.circle).toBe('close'));

    fireEvent.click(within(bar).getByRole('button', { name: 'Delete 2' }));
    await waitFor(async () => expect(await getDb().contacts.count()).toBe(1));
    await waitFor(() => expect(rowNames()).toEqual(['CLCamille Lefèvre']));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    expect((await getDb().contacts.get(ids[2]!))?.circle).toBe('close');
  });

  test('the filters narrow by circle and tag', async () => {
    await seed();
    list();
    await screen.findByRole('checkbox', { name: 'Select Thomas Nguyen' });
    await waitFor(() => expect(screen.getByRole('option', { name: 'payments (1)' })).toBeTruthy());
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'payments' } });
    expect(rowNames()).toEqual(['TNThomas Nguyen']);
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Circle'), { target: { value: 'close' } });
    expect(screen.getByText('Nobody matches this search and these filters.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Circle'), { target: { value: '' } });
  });
});
