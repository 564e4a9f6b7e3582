import { describe, expect, test } from 'vitest';
import {
  builtinTemplates,
  clipboardText,
  renderTemplate,
  snippetValues,
  templatesFor,
  TEMPLATE_FOR_SUGGESTION,
} from '@/lib/snippets';
import type { Snippet } from '@/lib/schemas/library';

const byId = (lang: 'en' | 'fr', id: string) => builtinTemplates(lang).find((t) => t.builtinId === id)!.body;

describe('rendering templates', () => {
  test('the post-event follow-up in English, every value known', () => {
    const r = renderTemplate(byId('en', 'follow-up-event'), {
      firstName: 'Camille',
      topic: 'React Server Components',
      metAt: 'at React Paris',
      promised: 'the link to our migration notes',
      nextStep: 'a call next week',
      project: 'your design system',
      myName: 'Sam',
    });
    expect(r.isComplete).toBe(true);
    expect(clipboardText(r)).toBe(`Hi Camille,

It was great meeting you at React Paris.
I really enjoyed our conversation about React Server Components.

As promised: the link to our migration notes
Next step, as agreed: a call next week.

I'd love to hear more about your design system.
Let's stay in touch, and happy to continue over a virtual coffee whenever suits you.

Talk soon!
Sam`);
  });

  test('the same follow-up in French; the optional lines and signature go when empty', () => {
    const r = renderTemplate(byId('fr', 'follow-up-event'), {
      firstName: 'Camille',
      topic: 'les Server Components',
      metAt: 'à React Paris',
      promised: 'le lien vers nos notes de migration',
    });
    expect(clipboardText(r)).toBe(`Bonjour Camille,

Merci pour notre rencontre à React Paris.
J'ai beaucoup apprécié notre échange sur les Server Components.

Comme promis\u00a0: le lien vers nos notes de migration

Restons en contact, et avec plaisir pour en reparler autour d'un café virtuel quand tu veux.

À bientôt\u202f!`);
  });

  test('every built-in closes properly and is signed when the user has a name', () => {
    for (const language of ['en', 'fr'] as const) {
      for (const t of builtinTemplates(language)) {
        expect(t.body.trimEnd().endsWith('{myName?}'), `${language} ${t.builtinId}`).toBe(true);
      }
    }
  });

  test('the give-first share uses the resource’s own note and closes', () => {
    const v = snippetValues({
      contact: { name: 'Ana Silva', projects: ['checkout page'], news: [] } as never,
      resource: {
        title: 'Optimize INP',
        url: 'https://web.dev/inp',
        note: 'The clearest guide to cutting input delay.',
      } as never,
      myName: 'Sam',
    });
    expect(clipboardText(renderTemplate(byId('en', 'share-resource'), v))).toBe(`Hi Ana,

I came across “Optimize INP” and thought of you.
The clearest guide to cutting input delay.
It could be useful for your checkout page.
https://web.dev/inp

Hope it helps!
Sam`);
  });

  test('a missing placeholder is a hole, never text: nothing to copy until it is filled', () => {
    const r = renderTemplate(byId('en', 'share-resource'), {
      resourceTitle: 'Profiling React',
      resourceUrl: 'https://e.org',
    });
    expect(r.isComplete).toBe(false);
    expect(r.missing).toEqual(['firstName']);
    expect(r.segments).toContainEqual({ type: 'missing', name: 'firstName' });
    expect(clipboardText(r)).toBeUndefined();
    const filled = renderTemplate(byId('en', 'share-resource'), {
      firstName: 'Ana',
      resourceTitle: 'Profiling React',
      resourceUrl: 'https://e.org',
    });
    expect(clipboardText(filled)).toBe(
      'Hi Ana,\n\nI came across “Profiling React” and thought of you.\nhttps://e.org\n\nHope it helps!',
    );
  });

  test('a blank value counts as missing', () => {
    expect(renderTemplate('Hi {firstName}', { firstName: '   ' }).missing).toEqual(['firstName']);
  });

  test('every built-in parses, in both languages, with the same ids', () => {
    const en = builtinTemplates('en');
    const fr = builtinTemplates('fr');
    expect(en.map((t) => t.builtinId)).toEqual(fr.map((t) => t.builtinId));
    for (const t of [...en, ...fr]) expect(renderTemplate(t.body, {}).errors).toEqual([]);
    for (const ref of Object.values(TEMPLATE_FOR_SUGGESTION)) expect(en.map((t) => t.ref)).toContain(ref);
  });

  test('literal braces are written doubled', () => {
    expect(clipboardText(renderTemplate('{{ok}} {firstName}', { firstName: 'Li' }))).toBe('{ok} Li');
  });
});

describe('values and the template list', () => {
  test('values come from the contact, the last interaction, the event, the resource', () => {
    const v = snippetValues({
      contact: {
        name: 'Camille Lefèvre',
        projects: ['a design system'],
        news: [{ field: 'position', to: 'Staff engineer', noticedAt: 5 }],
      } as never,
      interaction: { topic: 'RSC', promised: 'my slides' } as never,
      event: { name: 'React Paris' } as never,
      resource: { title: 'Profiling React', url: 'https://e.org' } as never,
      other: { name: 'Nadia Ferreira' } as never,
    });
    expect(v).toEqual({
      firstName: 'Camille',
      fullName: 'Camille Lefèvre',
      project: 'a design system',
      news: 'Staff engineer',
      topic: 'RSC',
      promised: 'my slides',
      event: 'React Paris',
      metAt: 'at React Paris',
      resourceTitle: 'Profiling React',
      resourceUrl: 'https://e.org',
      otherName: 'Nadia Ferreira',
      otherFirstName: 'Nadia',
    });
  });

  test('a handle saved as the name gives no first name: the user is asked', () => {
    expect(snippetValues({ contact: { name: '@janedoe', projects: [], news: [] } as never })).toEqual({});
  });

  test('an edited built-in replaces it in place; the user’s own come after', () => {
    const stored: Snippet[] = [
      {
        id: 4,
        builtinId: 'congratulate',
        language: 'en',
        kind: 'congratulate',
        title: 'Bravo',
        body: 'Bravo {firstName}!',
        updatedAt: 1,
      },
      { id: 5, language: 'en', kind: 'custom', title: 'Mine', body: 'Hello {firstName}', updatedAt: 1 },
      { id: 6, language: 'fr', kind: 'custom', title: 'À moi', body: 'Salut', updatedAt: 1 },
    ];
    const list = templatesFor('en', stored);
    const congratulate = list.find((t) => t.builtinId === 'congratulate');
    expect(congratulate).toMatchObject({
      title: 'Bravo',
      body: 'Bravo {firstName}!',
      edited: true,
      snippetId: 4,
    });
    expect(list.at(-1)).toMatchObject({ ref: 'user:5', title: 'Mine' });
    expect(list.some((t) => t.title === 'À moi')).toBe(false);
  });
});
