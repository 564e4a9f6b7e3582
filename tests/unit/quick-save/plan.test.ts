import { describe, expect, test } from 'vitest';
import {
  FOLLOW_UP_WITHIN_MS,
  QuickSaveInputSchema,
  followUpMessage,
  nameMatches,
  planQuickSave,
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

  test('a new person met at an event: conversation, connect and send-promised due within 24 hours', () => {
    const plan = planQuickSave({
      input,
      who: { kind: 'snapshot', snapshot },
      events: [parisJs],
      now: NOW,
      language: 'en',
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
        kind: 'connect',
        title: 'Connect with Jane Doe on LinkedIn',
        due: NOW + FOLLOW_UP_WITHIN_MS,
        origin: 'quick-save',
      },
      {
        kind: 'send-promised',
        title: 'Send Jane Doe what you promised: the WASM talk slides',
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
      language: 'fr',
    });
    expect(plan.contactPatch).toEqual({ projects: ['Ferris'] });
    expect(plan.tasks.map((t) => [t.kind, t.title])).toEqual([
      ['follow-up', 'Envoyer votre message de suivi à Jane Doe'],
    ]);
    expect(plan.interaction).toEqual({ kind: 'conversation', date: NOW, notes: 'video call' });
    expect(plan.eventId).toBeUndefined();
  });

  test('a next step becomes its own follow-up, and an open connect task is not created twice', () => {
    const plan = planQuickSave({
      input: { where: 'DevFest', nextStep: 'review their PR' },
      who: { kind: 'name', name: ' Ada Lovelace ' },
      events: [],
      now: NOW,
      language: 'en',
      openTasks: [{ kind: 'connect' }],
    });
    expect(plan.name).toBe('Ada Lovelace');
    expect(plan.interaction.notes).toBe('DevFest — review their PR');
    expect(plan.tasks.map((t) => t.title)).toEqual(['Ada Lovelace: review their PR']);
  });
});

describe('followUpMessage', () => {
  test('English: the snippet library’s follow-up, filled with event, topic, promise and their project', () => {
    const text = followUpMessage(
      { name: 'Jane Doe', where: 'Paris.js', topic: 'Rust', promised: 'the slides', project: 'Ferris' },
      'en',
    );
    expect(text).toBe(
      [
        'Hi Jane,',
        '',
        'Great to have met you at Paris.js.',
        'I really enjoyed our conversation about Rust.',
        '',
        'As promised, here is the slides.',
        '',
        "If you feel like it, let's continue over a virtual coffee: I'd love to hear more about Ferris.",
        '',
        'See you soon,',
      ].join('\n'),
    );
  });

  test('French, with only where: the optional lines go, no placeholder is left', () => {
    const text = followUpMessage({ name: '@janedoe', where: 'DevFest Nantes' }, 'fr');
    expect(text).toBe(
      ['Salut @janedoe,', '', "Ravi d'avoir fait ta connaissance à DevFest Nantes.", '', 'À bientôt !'].join(
        '\n',
      ),
    );
    expect(text).not.toMatch(/[[\]{}]|undefined/);
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
    ).toMatch(/^Hi Jane,\n\nGreat to have met you at Paris\.js\./);
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
