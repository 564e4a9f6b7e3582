import { describe, expect, test } from 'vitest';
import { applyCorrections, correctContact, findByProfileKey, saveFromSnapshot } from '@/lib/db';
import { contactFromForm, formFromContact } from '@/components/dashboard/contacts/contact-form-model';
import { snapshotOf } from '../helpers';
import { useFreshDb } from './db-fixture';

/** The user corrects, Guild remembers: a field set by hand is never overwritten by a read. */
describe('corrections', () => {
  const t = useFreshDb();
  const URL = 'https://www.linkedin.com/in/jane-doe/';
  const read = (fields = {}, readAt = 0) =>
    snapshotOf(URL, { headline: 'Badge 1st', company: 'Alan', location: 'Paris', readAt, ...fields });

  test('corrected before saving: the contact has the typed values, the snapshot the read', async () => {
    const snap = read();
    const saved = await saveFromSnapshot(t.db, snap, 1000, { headline: 'Staff engineer', location: '' });
    expect(saved).toMatchObject({
      name: 'Jane Doe',
      headline: 'Staff engineer',
      company: 'Alan',
      corrected: ['headline', 'location'],
      lastSnapshot: snap,
    });
    expect(saved.location).toBeUndefined();
  });

  test('a later read refreshes what the user did not set, and never what they did', async () => {
    const first = await saveFromSnapshot(t.db, read(), 1000);
    expect(first.corrected).toBeUndefined();
    await correctContact(t.db, first.id!, { headline: 'Staff engineer', name: 'Jane Doe-Martin' }, 2000);
    const later = read({ headline: 'Badge 1st', company: 'Qonto', readAt: 3000 });
    await saveFromSnapshot(t.db, later, 3000);
    const stored = await findByProfileKey(t.db, 'linkedin:jane-doe');
    expect(stored).toMatchObject({
      name: 'Jane Doe-Martin',
      headline: 'Staff engineer',
      company: 'Qonto',
      corrected: ['name', 'headline'],
      lastSnapshot: later,
      updatedAt: 3000,
    });
    // News compares reads with reads: Alan → Qonto is news; the headline read did not change.
    expect(stored!.news.map((n) => [n.field, n.from, n.to])).toEqual([['company', 'Alan', 'Qonto']]);
  });

  test('a correction after saving does not invent news, and an empty name is refused', async () => {
    const first = await saveFromSnapshot(t.db, read(), 1000);
    const edited = await correctContact(t.db, first.id!, { name: '  ', company: ' Doctolib ' }, 2000);
    expect(edited).toMatchObject({ name: 'Jane Doe', company: 'Doctolib', corrected: ['company'], news: [] });
  });

  test('applyCorrections with nothing to apply changes nothing', () => {
    expect(applyCorrections({ name: 'A', headline: 'B' }, {}, ['headline'])).toEqual({
      fields: { name: 'A', headline: 'B' },
      corrected: ['headline'],
    });
  });
});

describe('the dashboard form', () => {
  const t = useFreshDb();

  test('a read field changed in the form is set by hand; an unchanged one is not', async () => {
    const saved = await saveFromSnapshot(t.db, snapshotOf('https://x.com/jane', { headline: 'Hi' }), 1000);
    const form = formFromContact(saved);
    const result = contactFromForm(saved, { ...form, company: 'Alan', notes: 'met at a meetup' }, 2000);
    expect(result.ok && result.contact).toMatchObject({
      company: 'Alan',
      headline: 'Hi',
      corrected: ['company'],
    });
    const untouched = contactFromForm(saved, { ...form, notes: 'x' }, 2000);
    expect(untouched.ok && untouched.contact.corrected).toBeUndefined();
  });
});
