import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { ContactForm } from '@/components/dashboard/contacts/ContactForm';
import { saveNotes } from '@/components/contact/contact-edits';
import { buildContact, getDb } from '@/lib/db';
import { clearSharedDb } from '../helpers';
import type { Contact } from '@/lib/schemas/contact';

/**
 * The rule for concurrent edits of one contact (panel and dashboard open at
 * once): each save writes only the fields its user changed, read and written
 * in one transaction. Different fields both survive; the same field: the later
 * save wins, and that is what both views then show (live queries). Never a
 * whole-record write from a stale copy that silently undoes the other edit.
 */
describe('concurrent edits from the panel and the dashboard', () => {
  let contact: Contact & { id: number };
  beforeEach(async () => {
    const db = getDb();
    await clearSharedDb();
    const id = await db.contacts.add(
      buildContact({ name: 'Jane Doe', company: 'Acme', notes: 'met at RustConf', profiles: [] }, 1),
    );
    contact = { ...(await db.contacts.get(id))!, id: id! };
  });

  test('the panel saves notes while the dashboard form is open on the company: both survive', async () => {
    render(<ContactForm contact={contact} />);
    // The panel, in another window, edits the notes after the form opened.
    await saveNotes(getDb(), contact.id, 'promised an intro to Bob', 2);
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: 'Globex' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await getDb().contacts.get(contact.id))?.company).toBe('Globex'));
    expect((await getDb().contacts.get(contact.id))?.notes).toBe('promised an intro to Bob');
  });

  test('both edit the notes: the later save wins whole, never a mix', async () => {
    render(<ContactForm contact={contact} />);
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'dashboard notes' } });
    await saveNotes(getDb(), contact.id, 'panel notes', 2);
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await getDb().contacts.get(contact.id))?.notes).toBe('dashboard notes'),
    );
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });

  test('the panel saving after the dashboard keeps the dashboard fields', async () => {
    render(<ContactForm contact={contact} />);
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: 'Initech' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await getDb().contacts.get(contact.id))?.company).toBe('Initech'));
    await saveNotes(getDb(), contact.id, 'later panel notes', 3);
    expect(await getDb().contacts.get(contact.id)).toMatchObject({
      company: 'Initech',
      notes: 'later panel notes',
    });
  });
});
