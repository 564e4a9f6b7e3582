import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { PanelApp } from '@/components/panel/PanelApp';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { SECTIONS } from '@/components/dashboard/router';
import { buildContact, getDb, updateSettings } from '@/lib/db';
import { setLanguage, t, type Language } from '@/lib/i18n';
import { english, importCatalog, type Catalog } from '@/lib/i18n/messages';
import { profileFromUrl } from '@/lib/profiles';
import { clearSharedDb, snapshotOf } from '../helpers';
import { fakeAccess } from '../components/panel-fake-access';

/**
 * One language at a time: every screen (each panel state, each dashboard
 * section, a contact's page) rendered in one language shows no string of the
 * other. A text is flagged when it is one of the other language's messages
 * (placeholders matching anything) and none of its own, or when it holds a
 * word only the other language uses (catches strings typed in a component
 * instead of the catalogs).
 */

const HOUR = 3_600_000;
let french: Catalog;

/** A message as a whole-text pattern; undefined when its fixed part is too short to tell anything. */
function patternOf(message: string): RegExp | undefined {
  const parts = message.split(/\$[A-Za-z_]+\$/);
  if (parts.join('').replace(/[^\p{L}]/gu, '').length < 3) return undefined;
  const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`^${escaped.join('[\\s\\S]+?')}$`, 'u');
}

function patternsOf(catalog: Catalog): { key: string; re: RegExp }[] {
  return Object.entries(catalog).flatMap(([key, { message }]) => {
    const re = patternOf(message.trim());
    return re ? [{ key, re }] : [];
  });
}

/**
 * Words a UI string in the other language would carry. Chosen so that names,
 * places and product names of the seed never hold them.
 */
const ONLY_IN: Record<Language, RegExp> = {
  en: /(?<!\p{L})(the|your|you|with|from|this|that|these|not|none|yet|of|to|is|are|and|or|who|what|when|add|save|edit|delete|remove|open|close|show|hide|search|copy|undo|today|tomorrow|week|month|day|days|people|person)(?!\p{L})/iu,
  fr: /((?<!\p{L})(le|la|les|des|du|une|votre|vos|pour|avec|dans|pas|aucun|aucune|cette|ces|qui|quoi|aujourd’hui|demain|semaine|mois|jour|jours|personnes?|enregistrer|ajouter|modifier|supprimer|ouvrir|fermer|afficher|masquer|rechercher|copier|annuler)(?!\p{L}))|(?<!\p{L})[dlj]’\p{L}|[àâçéèêëîïôûùœ]/iu,
};

/** The seed's own words (people, places, topics), shown as typed whatever the language. */
const DATA = [
  'Ana Lima',
  'Bruno Costa',
  'Jane Doe',
  'jane-doe',
  'Acme',
  'Paris.js',
  'Rust',
  'rust',
  'WebAssembly',
  'wasm',
  'Guild',
  'LinkedIn',
  'X',
  'https://example.com/wasm-guide',
  'Wasm guide',
  'Discord',
  'RustFR',
  // Each language's name is written in that language in the language menu.
  'English',
  'Français',
];

interface Text {
  where: string;
  text: string;
}

/** Every visible text and every text a screen reader or hover shows. */
function textsOn(where: string): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('script, style, textarea')) continue;
    const text = node.textContent?.trim();
    if (text) out.push({ where, text });
  }
  for (const el of document.body.querySelectorAll('*')) {
    for (const attr of [
      'aria-label',
      'title',
      'placeholder',
      'alt',
      'aria-description',
      'aria-roledescription',
    ]) {
      const value = el.getAttribute(attr)?.trim();
      if (value) out.push({ where: `${where} [${attr}]`, text: value });
    }
    if (el instanceof HTMLInputElement && ['submit', 'button'].includes(el.type) && el.value) {
      out.push({ where: `${where} [value]`, text: el.value });
    }
  }
  if (document.title) out.push({ where: `${where} <title>`, text: document.title });
  return out;
}

function stripData(text: string): string {
  let out = text;
  for (const d of DATA) out = out.split(d).join(' ');
  // Dates and times are checked by the formatting tests; month abbreviations are words of their own.
  return out;
}

/** The texts that belong to the other language. */
function foreign(texts: Text[], language: Language): string[] {
  const own = patternsOf(language === 'fr' ? french : english);
  const other = patternsOf(language === 'fr' ? english : french);
  const otherLanguage: Language = language === 'fr' ? 'en' : 'fr';
  const found = new Set<string>();
  for (const { where, text } of texts) {
    const isOwn = own.some(({ re }) => re.test(text));
    const match = other.find(({ re }) => re.test(text));
    if (match && !isOwn) found.add(`${where}: "${text}" (${otherLanguage} ${match.key})`);
    else if (ONLY_IN[otherLanguage].test(stripData(text)))
      found.add(`${where}: "${text}" (an ${otherLanguage} word)`);
  }
  return [...found];
}

let anaId = 0;

async function seed(): Promise<void> {
  await clearSharedDb();
  const db = getDb();
  const now = Date.now();
  anaId = (await db.contacts.add(
    buildContact(
      {
        name: 'Ana Lima',
        company: 'Acme',
        circle: 'close',
        tags: ['rust'],
        interests: ['WebAssembly'],
        needs: ['wasm'],
        howWeMet: { context: 'Paris.js', date: now - 40 * 24 * HOUR },
        profiles: [profileFromUrl('https://www.linkedin.com/in/ana-lima/')!],
      },
      now - 40 * 24 * HOUR,
    ),
  )) as number;
  const bruno = (await db.contacts.add(
    buildContact({ name: 'Bruno Costa', circle: 'active', tags: ['rust'] }, now - 90 * 24 * HOUR),
  )) as number;
  await db.interactions.add({
    contactId: anaId,
    kind: 'conversation',
    date: now - 30 * 24 * HOUR,
    notes: 'Rust',
  });
  await db.interactions.add({ contactId: bruno, kind: 'conversation', date: now - 80 * 24 * HOUR });
  await db.tasks.add({
    contactId: anaId,
    kind: 'send-promised',
    title: 'Wasm guide',
    due: now - HOUR,
    createdAt: now - 2 * HOUR,
    status: 'open',
    origin: 'quick-save',
  });
  await db.events.add({
    name: 'Paris.js',
    date: now - 2 * 24 * HOUR,
    format: 'in-person',
    contactIds: [anaId],
  });
  await db.resources.add({
    url: 'https://example.com/wasm-guide',
    title: 'Wasm guide',
    tags: ['wasm'],
    addedAt: now - HOUR,
  });
  await db.opportunities.add({
    kind: 'speaking',
    title: 'RustFR',
    sourceContactId: anaId,
    date: now - HOUR,
    status: 'open',
    tags: [],
  });
  await db.communities.add({
    name: 'RustFR',
    platform: 'discord',
    phase: 'observe',
    phaseHistory: [{ phase: 'observe', since: now - 90 * 24 * HOUR }],
    doneActions: [],
  });
}

/** Let lazy chunks, live queries and delayed texts settle, then read the screen. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(() => new Promise((r) => setTimeout(r, 150)));
}

async function screens(language: Language): Promise<Text[]> {
  await seed();
  await updateSettings(getDb(), { language, myName: 'Jane Doe' });
  setLanguage(language);
  document.title = '';
  const texts: Text[] = [];

  // Panel: not a profile (today's follow-ups, search, add as resource).
  render(
    <PanelApp
      access={fakeAccess('https://www.linkedin.com/feed/', { ok: false, reason: 'not-a-profile' })}
    />,
  );
  await screen.findByRole('heading', { name: t('notAProfileTitle') });
  await settle();
  texts.push(...textsOn('panel: not a profile'));
  cleanup();

  // Panel: no access to the site yet.
  render(
    <PanelApp
      access={fakeAccess(
        'https://www.linkedin.com/in/jane-doe/',
        { ok: false, reason: 'no-access' },
        undefined,
        {
          granted: false,
          requests: 0,
        },
      )}
    />,
  );
  await settle();
  texts.push(...textsOn('panel: site access'));
  cleanup();

  // Panel: could not read.
  const bad = 'https://www.linkedin.com/in/nobody-here/';
  render(
    <PanelApp access={fakeAccess(bad, { ok: false, reason: 'unreadable', profile: profileFromUrl(bad) })} />,
  );
  await settle();
  texts.push(...textsOn('panel: read failed'));
  cleanup();

  // Panel: an unsaved profile, its quick-save form, the follow-up message, then the saved card.
  const url = 'https://www.linkedin.com/in/jane-doe/';
  render(
    <PanelApp
      access={fakeAccess(url, { ok: true, snapshot: snapshotOf(url, { headline: 'Acme', company: 'Acme' }) })}
    />,
  );
  fireEvent.click(await screen.findByRole('button', { name: t('panelWeJustTalked') }));
  await settle();
  texts.push(...textsOn('panel: unsaved + quick-save form'));
  const where = document.activeElement as HTMLInputElement;
  fireEvent.change(where, { target: { value: 'Paris.js' } });
  fireEvent.submit(where.closest('form')!);
  await screen.findByTestId('message-editor');
  await settle();
  texts.push(...textsOn('panel: follow-up message'));
  fireEvent.click(screen.getByRole('button', { name: t('panelCloseMessage'), exact: true } as never));
  await settle();
  texts.push(...textsOn('panel: saved card'));
  cleanup();

  // Panel: a saved contact met by name, their profile open (the name-match question).
  await getDb().contacts.add(
    buildContact({ name: 'Bruno Costa', howWeMet: { context: 'Paris.js', date: Date.now() } }, Date.now()),
  );
  const bruno = 'https://x.com/brunocosta';
  render(
    <PanelApp
      access={fakeAccess(bruno, { ok: true, snapshot: snapshotOf(bruno, { name: 'Bruno Costa' }) })}
    />,
  );
  await settle();
  texts.push(...textsOn('panel: name match'));
  cleanup();

  // Dashboard: every section, a contact's page and the routine days.
  const routes = [
    ...SECTIONS.map((s) => `#/${s}`),
    `#/contacts/${anaId}`,
    '#/routine/monday',
    '#/routine/wednesday',
    '#/routine/friday',
  ];
  for (const route of routes) {
    location.hash = route;
    render(<DashboardApp />);
    await settle();
    texts.push(...textsOn(`dashboard ${route}`));
    cleanup();
  }
  return texts;
}

describe('one language at a time', () => {
  beforeAll(async () => {
    french = await importCatalog('fr');
  });
  afterAll(async () => {
    setLanguage('en');
    await clearSharedDb();
  });

  test('every key is in both catalogs, with the same placeholders, and used by the code', () => {
    const en = english as Record<string, { message: string; placeholders?: object }>;
    const fr = french as Record<string, { message: string; placeholders?: object }>;
    expect(Object.keys(fr).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in fr))).toEqual([]);
    // The same placeholders declared in both (a language may leave one unused: "$FIELD$ : manquant"), each used one declared.
    const declared = (m: { placeholders?: object }) =>
      Object.keys(m.placeholders ?? {})
        .sort()
        .join();
    expect(Object.keys(en).filter((k) => declared(en[k]!) !== declared(fr[k]!))).toEqual([]);
    const undeclared = (m: { message: string; placeholders?: object }) =>
      [...m.message.matchAll(/\$([A-Za-z_]+)\$/g)].some(
        (x) => !Object.keys(m.placeholders ?? {}).some((p) => p.toLowerCase() === x[1]!.toLowerCase()),
      );
    expect(Object.keys(en).filter((k) => undeclared(en[k]!) || undeclared(fr[k]!))).toEqual([]);
    const files = execFileSync('git', ['ls-files', 'components', 'entrypoints', 'lib', 'wxt.config.ts'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => /\.(ts|tsx)$/.test(f));
    const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = Object.keys(en).filter(
      (k) => !new RegExp(`['"\`]${k}['"\`]`).test(source) && !source.includes(`__MSG_${k}__`),
    );
    expect(unused).toEqual([]);
  });

  test('a message the same in both languages is a word both use (not one left untranslated)', () => {
    const BOTH = new Set([
      'LinkedIn',
      'X',
      'Contacts',
      'Routine',
      'Impact',
      'Message',
      'Messages',
      'Date',
      'Actions',
      'Notes',
    ]);
    for (const word of ['Discord', 'Slack', 'Meetup', 'Forum', 'Association', 'GitHub', 'Phases', 'Format'])
      BOTH.add(word);
    for (const word of ['UTF-8', 'UTF-16', 'Invitations', 'contact', 'interaction']) BOTH.add(word);
    const same = Object.keys(english).filter(
      (k) =>
        english[k as keyof Catalog].message === french[k as keyof Catalog].message &&
        !BOTH.has(english[k as keyof Catalog].message) &&
        /\p{L}{2}/u.test(english[k as keyof Catalog].message.replace(/\$[A-Z_]+\$/g, '')),
    );
    expect(same).toEqual([]);
  });

  test('French typography: a no-break space before ; : ! ? and inside « »', () => {
    const bad = Object.entries(french).filter(([, { message }]) =>
      /[^\u00a0\u202f][;:!?](\s|$)|«[^\u00a0\u202f]|[^\u00a0\u202f]»/u.test(
        message.replace(/https?:\/\/\S+/g, ''),
      ),
    );
    expect(bad.map(([k, { message }]) => `${k}: ${message}`)).toEqual([]);
  });

  test.each(['fr', 'en'] as const)(
    'every screen in %s shows no string of the other language',
    async (language) => {
      const texts = await screens(language);
      expect(texts.length).toBeGreaterThan(300);
      expect(foreign(texts, language)).toEqual([]);
    },
    60_000,
  );
});
