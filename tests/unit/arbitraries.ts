import fc from 'fast-check';
import { profileFromUrl } from '@/lib/profiles/detect';
import type { ProfileRef } from '@/lib/profiles/site';
import type { Contact } from '@/lib/schemas/contact';
import type { Interaction } from '@/lib/schemas/interaction';
import type { Task } from '@/lib/schemas/task';
import type { Resource } from '@/lib/schemas/library';
import type { Settings } from '@/lib/schemas/settings';
import { withoutUndefined } from '@/lib/schemas/common';
import { buildContact } from '@/lib/db';

/** Valid records of every shape Guild stores, for property tests. */

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const label = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 });
const labels = fc.uniqueArray(label, { maxLength: 5 });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export const profileArb: fc.Arbitrary<ProfileRef> = fc
  .oneof(
    fc.stringMatching(/^[a-z0-9-]{1,24}$/).map((slug) => `https://www.linkedin.com/in/${slug}/`),
    fc
      .constantFrom('李雷', 'julien-moreau-éco', 'ñandú')
      .map((s) => `https://www.linkedin.com/in/${encodeURIComponent(s)}`),
    fc.stringMatching(/^[a-z][a-z0-9_]{3,14}$/).map((handle) => `https://x.com/${handle}`),
  )
  .map((url) => profileFromUrl(url))
  .filter((p): p is ProfileRef => p !== undefined);

const contactArb = fc
  .record({
    name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    headline: opt(text(80)),
    company: opt(text(40)),
    email: opt(text(40)),
    profiles: fc.array(profileArb, { maxLength: 2 }),
    circle: fc.constantFrom('close', 'active', 'acquaintance', 'dormant') as fc.Arbitrary<Contact['circle']>,
    tags: labels,
    interests: labels,
    notes: text(200),
    createdAt: time,
    lastInteractionAt: opt(time),
    connectedOn: opt(time),
  })
  .map((fields) => buildContact(withoutUndefined(fields), fields.createdAt));

const interactionArb = (contactIds: number[]) =>
  fc
    .record({
      contactId: fc.constantFrom(...contactIds),
      kind: fc.constantFrom('conversation', 'call', 'gave', 'introduced') as fc.Arbitrary<
        Interaction['kind']
      >,
      date: time,
      topic: opt(text(60)),
      minutes: opt(fc.integer({ min: 0, max: 600 })),
    })
    .map(withoutUndefined);

const taskArb = (contactIds: number[]) =>
  fc
    .record({
      kind: fc.constantFrom('follow-up', 'reminder') as fc.Arbitrary<Task['kind']>,
      contactId: opt(fc.constantFrom(...contactIds)),
      due: time,
      status: fc.constantFrom('open', 'done') as fc.Arbitrary<Task['status']>,
      origin: fc.constantFrom('manual', 'quick-save') as fc.Arbitrary<Task['origin']>,
      createdAt: time,
    })
    .map(withoutUndefined);

const resourceArb: fc.Arbitrary<Omit<Resource, 'id'>> = fc.record({
  url: fc.webUrl({ validSchemes: ['https'] }),
  title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  tags: labels,
  addedAt: time,
});

const settingsArb: fc.Arbitrary<Partial<Settings>> = fc.record(
  {
    routineTime: fc.constantFrom('07:00', '09:30', '18:45'),
    routineDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
    monthlyEventCap: fc.integer({ min: 1, max: 31 }),
  },
  { requiredKeys: [] },
);

/** Contacts with unique profile keys across the set, ids 1…n. */
export const contactsArb = fc.array(contactArb, { maxLength: 25 }).map((contacts) => {
  const seen = new Set<string>();
  return contacts.map((contact, index) => {
    const profiles = contact.profiles.filter((p) => !seen.has(p.key) && seen.add(p.key));
    return { ...contact, id: index + 1, profiles, profileKeys: profiles.map((p) => p.key) };
  });
});

/** A whole address book: contacts and records that refer to them. */
export const addressBookArb = contactsArb.chain((contacts) => {
  const ids = contacts.map((c) => c.id);
  return fc.record({
    contacts: fc.constant(contacts),
    interactions: ids.length ? fc.array(interactionArb(ids), { maxLength: 20 }) : fc.constant([]),
    tasks: ids.length ? fc.array(taskArb(ids), { maxLength: 10 }) : fc.constant([]),
    resources: fc.array(resourceArb, { maxLength: 5 }),
    settings: opt(settingsArb),
  });
});
export type AddressBook = typeof addressBookArb extends fc.Arbitrary<infer T> ? T : never;
