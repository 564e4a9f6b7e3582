import { beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { buildContact, getDb } from '@/lib/db';
import { ContactsSection } from '@/components/dashboard/sections/ContactsSection';
import { parseRoute } from '@/components/dashboard/router';

const linkedin = {
  site: 'linkedin' as const,
  key: 'linkedin:tnguyen',
  handle: 'tnguyen',
  url: 'https://www.linkedin.com/in/tnguyen/',
};

async function seed() {
  const db = getDb();
  const id = (await db.contacts.add(
    buildContact({ name: 'Thomas Nguyen', company: 'Qonto', profiles: [linkedin] }, 1000),
  )) as number;
  const twin = (await db.contacts.add(
    buildContact({ name: 'thomas nguyen', company: 'QONTO', tags: ['x'] }, 2000),
  )) as number;
  return { id, twin };
}

const page = (id: number) => render(<ContactsSection route={parseRoute(`#/contacts/${id}`)} />);

describe('contact page', () => {
  beforeEach(async () => {
    await getDb().contacts.clear();
    location.hash = '';
  });

  test('shows the person with a link to their profile, and saves edits', async () => {
    const { id } = await seed();
    page(id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Thomas Nguyen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'LinkedIn: tnguyen' }).getAttribute('href')).toBe(linkedin.url);
    fireEvent.change(screen.getByLabelText('Position'), { target: { value: 'Staff Engineer' } });
    fireEvent.change(screen.getByLabelText('Interests'), { target: { value: 'Rust, payments, Rust' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Met at dotJS' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect(await getDb().contacts.get(id)).toMatchObject({
        position: 'Staff Engineer',
        interests: ['Rust', 'payments'],
        notes: 'Met at dotJS',
        profileKeys: ['linkedin:tnguyen'],
      }),
    );
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  test('refuses an invalid edit and says which field is wrong', async () => {
    const { id } = await seed();
    page(id);
    await screen.findByRole('heading', { level: 1, name: 'Thomas Nguyen' });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  ' } });
    fireEvent.change(screen.getByLabelText('Keep in touch every (days)'), { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Not saved: fix the fields marked below.')).toBeTruthy();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('A whole number of days from 1 to 3650, or empty.')).toBeTruthy();
    expect((await getDb().contacts.get(id))?.name).toBe('Thomas Nguyen');
  });

  test('suggests the same-name-and-company duplicate and merges it after typed confirmation', async () => {
    const { id, twin } = await seed();
    page(id);
    const option = await screen.findByRole('radio', {
      name: /thomas nguyen · QONTO — same name and company/,
    });
    fireEvent.click(option);
    const merge = screen.getByRole('button', { name: 'Merge' });
    expect((merge as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Type MERGE to confirm/), { target: { value: 'merge' } });
    fireEvent.click(merge);
    await waitFor(async () => expect(await getDb().contacts.get(twin)).toBeUndefined());
    expect((await getDb().contacts.get(id))?.tags).toEqual(['x']);
  });

  test('delete goes back to the table and offers Undo', async () => {
    const { id } = await seed();
    page(id);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Thomas Nguyen' }));
    await waitFor(async () => expect(await getDb().contacts.get(id)).toBeUndefined());
    expect(location.hash).toBe('#/contacts');
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getDb().contacts.get(id))?.name).toBe('Thomas Nguyen'));
  });

  test('an unknown id says so', async () => {
    page(999);
    expect(await screen.findByRole('heading', { name: 'This contact no longer exists' })).toBeTruthy();
  });
});
