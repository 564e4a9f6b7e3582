import { describe, expect, test } from 'vitest';
import { buildGiveFirstIndex, suggestGiveFirst, type GiveFirstInput } from '@/lib/give-first';
import type { Contact } from '@/lib/schemas/contact';
import type { SuggestionState } from '@/lib/schemas/feedback';
import type { Opportunity, Resource } from '@/lib/schemas/library';
import { DAY, NOW, interaction, opportunity, person, resource, settings } from './build';

interface World {
  contacts?: Contact[];
  resources?: Resource[];
  opportunities?: Opportunity[];
}

function suggest(contact: Contact, world: World, extra: Partial<GiveFirstInput> = {}) {
  const index = buildGiveFirstIndex(
    [contact, ...(world.contacts ?? [])],
    world.resources ?? [],
    world.opportunities ?? [],
  );
  return suggestGiveFirst({ contact, index, interactions: [], settings, now: NOW, ...extra });
}

const keys = (list: { key: string }[]) => list.map((s) => s.key);

const camille = person(1, {
  name: 'Camille Lefèvre',
  interests: ['React performance', 'Accessibility'],
  projects: ['Design system for a bank'],
});
const reactPerf = resource(12, 'Profiling React renders', ['react.js', 'performance']);
const rustBook = resource(13, 'The Rust async book', ['rust', 'async']);

describe('share a resource', () => {
  test('a resource whose tags meet an interest is suggested, with the interest in the reason', () => {
    const [top] = suggest(camille, { resources: [reactPerf, rustBook] });
    expect(top).toMatchObject({ key: 'share:resource:12', kind: 'share', refs: { resourceId: 12 } });
    expect(top?.reason.en).toBe(
      'Fits their interest in React performance; you have never given them anything yet.',
    );
    expect(top?.reason.fr).toBe(
      'Correspond à son intérêt pour React performance; vous ne lui avez encore rien donné.',
    );
  });

  test('no overlap between tags and what they care about: nothing to share', () => {
    expect(suggest(camille, { resources: [rustBook] }).filter((s) => s.kind === 'share')).toEqual([]);
  });

  test('a tag meeting their project names the project', () => {
    const ds = resource(14, 'Design tokens at scale', ['design systems']);
    const [top] = suggest(camille, { resources: [ds] }, { kinds: ['share'] });
    expect(top?.refs.project).toBe('Design system for a bank');
    expect(top?.reason.en).toContain('Could help with their project “Design system for a bank”');
  });

  test('a topic from a recent conversation counts too', () => {
    const quiet = person(2, { name: 'Yanis' });
    const talk = interaction(2, { kind: 'met-at-event', topic: 'WebAssembly', date: NOW - 3 * DAY });
    const wasm = resource(15, 'Wasm in production', ['webassembly']);
    const [top] = suggest(quiet, { resources: [wasm] }, { interactions: [talk] });
    expect(top?.key).toBe('share:resource:15');
    expect(top?.reason.en).toMatch(/^Follows up on your talk about WebAssembly/);
  });

  test('a resource already given to them is not suggested again', () => {
    const gave = interaction(1, { kind: 'gave', resourceId: 12, date: NOW - 60 * DAY });
    const list = suggest(camille, { resources: [reactPerf] }, { interactions: [gave] });
    expect(keys(list)).not.toContain('share:resource:12');
  });

  test('a whole-label match outranks a single shared word', () => {
    const exact = resource(20, 'A11y checklist', ['accessibility']);
    const loose = resource(21, 'Web performance budgets', ['web performance']);
    const list = suggest(camille, { resources: [loose, exact] }, { kinds: ['share'] });
    expect(keys(list)).toEqual(['share:resource:20', 'share:resource:21']);
    expect(list[0]!.fit).toBeGreaterThan(list[1]!.fit);
  });
});

describe('introduce', () => {
  const ana = person(1, { name: 'Ana', needs: ['Rust mentoring'] });
  const nadia = person(2, { name: 'Nadia Ferreira', offers: ['Rust mentoring'] });

  test('their need meets another person’s offer', () => {
    const [top] = suggest(ana, { contacts: [nadia] });
    expect(top).toMatchObject({ key: 'introduce:contact:2', refs: { otherContactId: 2 } });
    expect(top?.reason.en).toMatch(/^They need Rust mentoring, which Nadia Ferreira offers/);
    expect(top?.reason.fr).toMatch(/^Cherche Rust mentoring, ce que propose Nadia Ferreira/);
  });

  test('the reverse: their offer meets another person’s need', () => {
    const [top] = suggest(nadia, { contacts: [ana] });
    expect(top?.key).toBe('introduce:contact:1');
    expect(top?.reason.en).toMatch(/^They offer Rust mentoring, which Ana is looking for/);
  });

  test('an introduction already made is never suggested, whichever side it was logged on', () => {
    const onAna = interaction(1, { kind: 'introduced', otherContactId: 2 });
    const onNadia = interaction(2, { kind: 'introduced', otherContactId: 1 });
    for (const logged of [onAna, onNadia]) {
      expect(keys(suggest(ana, { contacts: [nadia] }, { interactions: [logged] }))).not.toContain(
        'introduce:contact:2',
      );
      expect(keys(suggest(nadia, { contacts: [ana] }, { interactions: [logged] }))).not.toContain(
        'introduce:contact:1',
      );
    }
  });

  test('a person is never introduced to themselves', () => {
    const both = person(3, { needs: ['Kubernetes'], offers: ['Kubernetes'] });
    expect(suggest(both, {})).toEqual([]);
  });

  test('a match both ways ranks above a match one way', () => {
    const ben = person(1, { needs: ['GraphQL'], offers: ['Go'] });
    const oneWay = person(2, { offers: ['GraphQL'] });
    const twoWays = person(3, { offers: ['GraphQL'], needs: ['golang'] });
    const list = suggest(ben, { contacts: [oneWay, twoWays] }, { kinds: ['introduce'] });
    expect(keys(list)).toEqual(['introduce:contact:3', 'introduce:contact:2']);
  });
});

describe('offer a review and help with a challenge', () => {
  test('a project is enough to offer a review', () => {
    const list = suggest(camille, {}, { kinds: ['review'] });
    expect(list[0]).toMatchObject({ kind: 'review', refs: { project: 'Design system for a bank' } });
    expect(list[0]?.reason.en).toMatch(/^They are working on “Design system for a bank”/);
  });

  test('a project reviewed two months ago gets no new offer', () => {
    const reviewed = interaction(1, { kind: 'reviewed', date: NOW - 60 * DAY });
    expect(suggest(camille, {}, { kinds: ['review'], interactions: [reviewed] })).toEqual([]);
  });

  test('a recent challenge: help first, and a review because they are stuck', () => {
    const stuck = interaction(1, { kind: 'challenge', topic: 'flaky end-to-end tests', date: NOW - 4 * DAY });
    const list = suggest(camille, {}, { interactions: [stuck] });
    expect(keys(list).slice(0, 2)).toEqual([`help:challenge:${stuck.id}`, `review:challenge:${stuck.id}`]);
    expect(list[0]?.reason.en).toMatch(/^They are facing a challenge: flaky end-to-end tests/);
    expect(list[1]?.reason.fr).toMatch(/^A dit bloquer sur flaky end-to-end tests/);
  });

  test('a challenge already helped with (a gift since) or too old produces no help', () => {
    const stuck = interaction(1, { kind: 'challenge', topic: 'hiring', date: NOW - 10 * DAY });
    const helped = interaction(1, { kind: 'gave', date: NOW - 2 * DAY });
    expect(keys(suggest(camille, {}, { interactions: [stuck, helped], kinds: ['help'] }))).toEqual([]);
    const old = interaction(1, { kind: 'challenge', topic: 'hiring', date: NOW - 120 * DAY });
    expect(suggest(camille, {}, { interactions: [old], kinds: ['help'] })).toEqual([]);
  });
});

describe('recommend', () => {
  const lea = person(1, { name: 'Léa', interests: ['Elixir'], offers: ['Conference talks'] });

  test('an opportunity the user passed on that fits them', () => {
    const talk = opportunity(7, {
      kind: 'speaking',
      title: 'Talk at ElixirConf EU',
      tags: ['elixir', 'speaking'],
    });
    const [top] = suggest(lea, { opportunities: [talk] });
    expect(top).toMatchObject({ key: 'recommend:opportunity:7', kind: 'recommend' });
    expect(top?.reason.en).toMatch(/^“Talk at ElixirConf EU”, which you passed on, fits them \(Elixir\)/);
  });

  test('an opportunity the user took, or still considers, is not recommended', () => {
    for (const status of ['taken', 'open', 'closed'] as const) {
      const o = opportunity(8, { title: 'Elixir freelance', status, tags: ['elixir'] });
      expect(suggest(lea, { opportunities: [o] })).toEqual([]);
    }
  });

  test('never recommend them for the opportunity they brought', () => {
    const theirs = opportunity(9, { title: 'Elixir job', tags: ['elixir'], sourceContactId: 1 });
    expect(suggest(lea, { opportunities: [theirs] })).toEqual([]);
  });
});

describe('congratulate', () => {
  test('unseen news on their profile', () => {
    const promoted = person(5, {
      news: [{ field: 'position', from: 'Senior dev', to: 'CTO at Acme', noticedAt: NOW - 2 * DAY }],
    });
    const [top] = suggest(promoted, {});
    expect(top).toMatchObject({ kind: 'congratulate', key: `congratulate:news:position:${NOW - 2 * DAY}` });
    expect(top?.reason.en).toMatch(/^New on their profile: CTO at Acme/);
    expect(top?.reason.fr).toMatch(/^Nouveau sur son profil\u00a0: CTO at Acme/);
  });

  test('news already congratulated, or months old, is not suggested', () => {
    const n = { field: 'company' as const, to: 'Acme', noticedAt: NOW - 5 * DAY };
    const done = interaction(5, { kind: 'congratulated', date: NOW - 1 * DAY });
    expect(suggest(person(5, { news: [n] }), {}, { interactions: [done] })).toEqual([]);
    expect(suggest(person(5, { news: [{ ...n, noticedAt: NOW - 200 * DAY }] }), {})).toEqual([]);
  });

  test('a success logged recently', () => {
    const win = interaction(5, {
      kind: 'success',
      topic: 'shipped v2 of their library',
      date: NOW - 3 * DAY,
    });
    const [top] = suggest(person(5), {}, { interactions: [win] });
    expect(top?.key).toBe(`congratulate:success:${win.id}`);
    expect(top?.reason.en).toMatch(/^A success to celebrate: shipped v2 of their library/);
  });
});

describe('feedback, timing and edge cases', () => {
  test('dismissed until next month: hidden now, back after `until`', () => {
    const state: SuggestionState = {
      contactId: 1,
      key: 'share:resource:12',
      state: 'dismissed',
      at: NOW,
      until: NOW + 30 * DAY,
    };
    expect(keys(suggest(camille, { resources: [reactPerf] }, { states: [state] }))).not.toContain(
      'share:resource:12',
    );
    const later = suggest(camille, { resources: [reactPerf] }, { states: [state], now: NOW + 31 * DAY });
    expect(keys(later)).toContain('share:resource:12');
  });

  test('a state about another person changes nothing', () => {
    const other: SuggestionState = {
      contactId: 2,
      key: 'share:resource:12',
      state: 'done',
      at: NOW,
      until: NOW + DAY,
    };
    expect(suggest(camille, { resources: [reactPerf] }, { states: [other] })[0]?.key).toBe(
      'share:resource:12',
    );
  });

  test('a contact with nothing known gets no suggestion', () => {
    expect(suggest(person(9), { resources: [reactPerf, rustBook], contacts: [camille] })).toEqual([]);
  });

  test('a contact without an id (not saved) gets none', () => {
    const unsaved: Contact = { ...camille, id: undefined };
    expect(suggest(unsaved, { resources: [reactPerf] })).toEqual([]);
  });

  test('the last gift 5 months ago is named, and giving ranks higher than after a recent gift', () => {
    const old = interaction(1, { kind: 'gave', date: NOW - 150 * DAY });
    const recent = interaction(1, { kind: 'gave', date: NOW - 3 * DAY });
    const [a] = suggest(camille, { resources: [reactPerf] }, { interactions: [old] });
    const [b] = suggest(camille, { resources: [reactPerf] }, { interactions: [recent] });
    expect(a?.reason.en).toBe(
      'Fits their interest in React performance; you last gave them something 5 months ago.',
    );
    expect(a?.reason.fr).toContain('votre dernier coup de main remonte à 5 mois');
    expect(a!.score).toBeGreaterThan(b!.score);
  });

  test('reciprocity: when they gave more than they got, giving ranks higher and says why', () => {
    const received = [1, 2, 3, 4].map((n) => interaction(1, { kind: 'received', date: NOW - n * DAY }));
    const gave = interaction(1, { kind: 'gave', date: NOW - 1 * DAY });
    const [owed] = suggest(camille, { resources: [reactPerf] }, { interactions: [...received, gave] });
    const [even] = suggest(camille, { resources: [reactPerf] }, { interactions: [gave] });
    expect(owed!.score).toBeGreaterThan(even!.score);
    expect(owed?.reason.en).toContain('they gave you more than you gave back');
  });

  test('keep-in-touch due raises the score and says how long it has been', () => {
    const gave = interaction(1, { kind: 'gave', date: NOW - 1 * DAY });
    const silent = { ...camille, circle: 'close' as const, lastInteractionAt: NOW - 60 * DAY };
    const [due] = suggest(silent, { resources: [reactPerf] }, { interactions: [gave] });
    const [fresh] = suggest(camille, { resources: [reactPerf] }, { interactions: [gave] });
    expect(due!.score).toBeGreaterThan(fresh!.score);
    expect(due?.reason.en).toContain("you haven't been in touch for 2 months");
  });

  test('deterministic: same input, same output, whatever the input order', () => {
    const rs = [13, 30, 31, 32, 33].map((id) => resource(id, `R${id}`, ['accessibility']));
    const a = suggest(camille, { resources: rs });
    const b = suggest(camille, { resources: [...rs].reverse() });
    expect(a).toEqual(b);
    expect(keys(a).filter((k) => k.startsWith('share'))).toEqual([
      'share:resource:13',
      'share:resource:30',
      'share:resource:31',
    ]);
  });

  test('several kinds at once are ranked by score with a stable kind order on ties', () => {
    const full = person(1, {
      interests: ['React'],
      needs: ['Rust mentoring'],
      projects: ['Open data portal'],
      news: [{ field: 'headline', to: 'Speaker at React Paris', noticedAt: NOW - 1 * DAY }],
    });
    const list = suggest(full, {
      contacts: [person(2, { name: 'Nadia', offers: ['Rust mentoring'] })],
      resources: [resource(12, 'Hooks deep dive', ['reactjs'])],
    });
    expect(list.map((s) => s.kind)).toEqual(['congratulate', 'share', 'introduce', 'review']);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
  });
});
