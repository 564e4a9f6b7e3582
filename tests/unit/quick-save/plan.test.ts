import { describe, expect, test } from 'vitest';
import {
  FOLLOW_UP_WITHIN_MS,
  QuickSaveInputSchema,
  followUpMessage,
  nameMatches,
  planQuickSave,
  taskTitle,
} from '@/lib/quick-save';
import { buildContact } from '@/lib/db';
import type { NetworkEvent } from '@/lib/schemas/library';
import { snapshotOf } from '../helpers';

const NOW = Date.UTC(2026, 10, 20, 19, 0);
const parisJs: NetworkEvent = {
  id: 7,
  name: 'Paris.js',
  date: NOW - 3600_000,
  format: 'in-person',
  contactIds: [],
};

describe('quick-save input', () => {
  test('trims, drops empty fields, and requires only where', () => {
    expect(
      QuickSaveInputSchema.parse({ where: '  Paris.js ', topic: ' ', promised: ' the slides ' }),
    ).toEqual({
      where: 'Paris.js',
      promised: 'the slides',
    });
    expect(QuickSaveInputSchema.safeParse({ where: '   ' }).success).toBe(false);
  });
});

describe('planQuickSave', () => {
  const snapshot = snapshotOf('https://www.linkedin.com/in/jane-doe/');
  const input = { where: 'paris.js', topic: 'Rust in the browser', promised: 'the WASM talk slides' };

  test('a new person met at an event, on their LinkedIn profile: conversation and send-promised due within 24 hours, no "connect on LinkedIn"', () => {
    const plan = planQuickSave({
      input,
      who: { kind: 'snapshot', snapshot },
      events: [parisJs],
      now: NOW,
    });
    expect(plan.interaction).toEqual({
      kind: 'conversation',
      date: NOW,
      notes: 'paris.js',
      topic: 'Rust in the browser',
      promised: 'the WASM talk slides',
      eventId: 7,
      channel: 'in-person',
    });
    expect(plan.contactPatch).toEqual({
      projects: [],
      howWeMet: { context: 'paris.js', date: NOW, eventId: 7 },
    });
    expect(plan.tasks).toEqual([
      {
        kind: 'send-promised',
        about: { what: 'send-promised', name: 'Jane Doe', promised: 'the WASM talk slides' },
        due: NOW + FOLLOW_UP_WITHIN_MS,
        origin: 'quick-save',
      },
    ]);
    expect(plan.eventId).toBe(7);
  });

  test('already connected, nothing promised: one follow-up task; how we met is kept; the project is added once', () => {
    const contact = {
      ...buildContact(
        { name: 'Jane Doe', connectedOn: 1, howWeMet: { context: 'DevFest' }, projects: ['Ferris'] },
        1,
      ),
      id: 3,
    };
    const plan = planQuickSave({
      input: { where: 'video call', project: 'ferris' },
      who: { kind: 'contact', contact },
      events: [parisJs],
      now: NOW,
    });
    expect(plan.contactPatch).toEqual({ projects: ['Ferris'] });
    expect(plan.tasks.map((t) => [t.kind, taskTitle(t, 'fr'), taskTitle(t, 'en')])).toEqual([
      ['follow-up', 'Envoyer votre message de relance à Jane Doe', 'Send Jane Doe your follow-up message'],
    ]);
    expect(plan.interaction).toEqual({ kind: 'conversation', date: NOW, notes: 'video call' });
    expect(plan.eventId).toBeUndefined();
  });

  test('"connect on LinkedIn" only for someone with no LinkedIn link, met elsewhere (X, or in person by name)', () => {
    const plan = (who: Parameters<typeof planQuickSave>[0]['who']) =>
      planQuickSave({ input: { where: 'DevFest' }, who, events: [], now: NOW }).tasks.map((t) => t.kind);
    const onX = snapshotOf('https://x.com/janedoe');
    expect(plan({ kind: 'snapshot', snapshot: onX })).toEqual(['connect', 'follow-up']);
    expect(plan({ kind: 'name', name: 'Ada Lovelace' })).toEqual(['connect', 'follow-up']);
    expect(plan({ kind: 'snapshot', snapshot })).toEqual(['follow-up']);
    // Saved from LinkedIn earlier, met again on X: already there.
    const linked = { ...buildContact({ name: 'Jane Doe', profiles: [snapshot.profile] }, 1), id: 4 };
    expect(plan({ kind: 'snapshot', snapshot: onX, contact: linked })).toEqual(['follow-up']);
  });

  test('the next step is due when the user chose; in the past or not chosen, within 24 hours', () => {
    const due = (nextStepDue?: number) =>
      planQuickSave({
        input: { where: 'DevFest', nextStep: 'coffee', ...(nextStepDue ? { nextStepDue } : {}) },
        who: { kind: 'snapshot', snapshot },
        events: [],
        now: NOW,
      }).tasks.find((t) => t.kind === 'follow-up')?.due;
    expect(due(NOW + 7 * 86_400_000)).toBe(NOW + 7 * 86_400_000);
    expect(due()).toBe(NOW + FOLLOW_UP_WITHIN_MS);
    expect(due(NOW - 1)).toBe(NOW + FOLLOW_UP_WITHIN_MS);
  });

  test('a next step becomes its own follow-up, and an open connect task is not created twice', () => {
    const plan = planQuickSave({
      input: { where: 'DevFest', nextStep: 'review their PR' },
      who: { kind: 'name', name: ' Ada Lovelace ' },
      events: [],
      now: NOW,
      openTasks: [{ kind: 'connect' }],
    });
    expect(plan.name).toBe('Ada Lovelace');
    expect(plan.interaction.notes).toBe('DevFest — review their PR');
    expect(plan.interaction.nextStep).toBe('review their PR');
    expect(plan.tasks.map((t) => t.about)).toEqual([
      { what: 'next-step', name: 'Ada Lovelace', step: 'review their PR' },
    ]);
    expect(plan.tasks.map((t) => taskTitle(t, 'en'))).toEqual(['Ada Lovelace: review their PR']);
  });
});

describe('followUpMessage: read as sent', () => {
  test('English, every field: the event as written, a plural promise, the next step, their project with "your", signed', () => {
    const text = followUpMessage(
      {
        name: 'Jane Doe',
        where: 'Paris.js',
        topic: 'Rust',
        promised: 'my notes on the migration',
        nextStep: 'coffee next Tuesday',
        project: 'Vite plugin',
        myName: 'Sam Rivera',
      },
      'en',
    );
    expect(text).toBe(
      [
        'Hi Jane,',
        '',
        'It was great meeting you at Paris.js.',
        'I really enjoyed our conversation about Rust.',
        '',
        'As promised: my notes on the migration',
        'Next step, as agreed: coffee next Tuesday.',
        '',
        "I'd love to hear more about your Vite plugin.",
        "Let's stay in touch, and happy to continue over a virtual coffee whenever suits you.",
        '',
        'Talk soon!',
        'Sam Rivera',
      ].join('\n'),
    );
    expect(text).not.toMatch(/here is my notes/);
  });

  test('an event written with or without "the", a generic place, a call: the right preposition and article', () => {
    const second = (where: string, language: 'en' | 'fr' = 'en') =>
      followUpMessage({ name: 'Jane Doe', where }, language).split('\n')[2];
    expect(second('the DevFest')).toBe('It was great meeting you at the DevFest.');
    expect(second('DevFest Nantes')).toBe('It was great meeting you at DevFest Nantes.');
    expect(second('Rust meetup')).toBe('It was great meeting you at the Rust meetup.');
    expect(second('video call')).toBe('It was great meeting you on the video call.');
    expect(second('coffee')).toBe('It was great meeting you over coffee.');
    expect(second('le DevFest', 'fr')).toBe('Merci pour notre rencontre au DevFest.');
    expect(second('la Nuit de l’Info', 'fr')).toBe('Merci pour notre rencontre à la Nuit de l’Info.');
    expect(second('DevFest Nantes', 'fr')).toBe('Merci pour notre rencontre à DevFest Nantes.');
    expect(second('meetup Rust', 'fr')).toBe('Merci pour notre rencontre au meetup Rust.');
    expect(second('afterwork', 'fr')).toBe('Merci pour notre rencontre à l’afterwork.');
    expect(second('conférence Vue', 'fr')).toBe('Merci pour notre rencontre à la conférence Vue.');
  });

  test('French, with only where: still a complete, polite message; no placeholder, no dangling comma', () => {
    const text = followUpMessage({ name: '@janedoe', where: 'DevFest Nantes' }, 'fr');
    expect(text).toBe(
      [
        'Bonjour @janedoe,',
        '',
        'Merci pour notre rencontre à DevFest Nantes.',
        '',
        "Restons en contact, et avec plaisir pour en reparler autour d'un café virtuel quand tu veux.",
        '',
        'À bientôt\u202f!',
      ].join('\n'),
    );
    expect(text).not.toMatch(/[[\]{}]|undefined|,$/);
  });

  test('French, every field: promise in the plural, their project with "ton", French spacing before colons', () => {
    const text = followUpMessage(
      {
        name: 'Léa Martin',
        where: 'le Paris.js',
        topic: 'les Server Components',
        promised: 'mes notes de migration.',
        nextStep: 'un café mardi',
        project: 'son appli',
        myName: 'Sam',
      },
      'fr',
    );
    expect(text).toContain('Comme promis\u00a0: mes notes de migration\n');
    expect(text).toContain('Prochaine étape, comme convenu\u00a0: un café mardi.');
    expect(text).toContain("J'aimerais en savoir plus sur ton appli.");
    expect(text).toContain('au Paris.js.');
    expect(text.endsWith('À bientôt\u202f!\nSam')).toBe(true);
  });

  test("the user's edited template is used; one asking for what a quick-save cannot know falls back to the built-in", () => {
    const edited = (body: string) => [
      {
        builtinId: 'follow-up-event',
        language: 'en' as const,
        kind: 'follow-up' as const,
        title: 'Mine',
        body,
        updatedAt: 0,
      },
    ];
    expect(
      followUpMessage({ name: 'Jane Doe', where: 'Paris.js' }, 'en', edited('Yo {firstName}, from {event}!')),
    ).toBe('Yo Jane, from Paris.js!');
    expect(
      followUpMessage({ name: 'Jane Doe', where: 'Paris.js' }, 'en', edited('Yo {firstName}: {question}')),
    ).toMatch(/^Hi Jane,\n\nIt was great meeting you at Paris\.js\./);
  });
});

describe('nameMatches', () => {
  test('same name ignoring case and accents, without a profile on that site', () => {
    const byName = { ...buildContact({ name: 'Camille Lefevre' }, 1), id: 1 };
    const onX = {
      ...buildContact(
        { name: 'camille lefèvre', profiles: [snapshotOf('https://x.com/camille').profile] },
        1,
      ),
      id: 2,
    };
    const onLinkedIn = {
      ...buildContact(
        { name: 'Camille Lefèvre', profiles: [snapshotOf('https://www.linkedin.com/in/c/').profile] },
        1,
      ),
      id: 3,
    };
    const other = { ...buildContact({ name: 'Camille Martin' }, 1), id: 4 };
    expect(
      nameMatches([byName, onX, onLinkedIn, other], 'Camille  Lefèvre', 'linkedin').map((c) => c.id),
    ).toEqual([1, 2]);
  });
});
