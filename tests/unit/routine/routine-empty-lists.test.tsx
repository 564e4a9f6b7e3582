import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import { loadLanguage, setLanguage, type Language } from '@/lib/i18n';
import { clearSharedDb } from '../helpers';
import { RoutineDayList } from '@/components/routine/RoutineDayList';

/** Each empty list says what fills it and links to where to do that. */
const CASES: [Language, string, RegExp, string, string][] = [
  ['en', 'wednesday', /^Nobody to congratulate or help yet/, 'Open your contacts', '#/contacts'],
  ['en', 'friday', /^Nothing to share yet/, 'Add a resource to your library', '#/resources'],
  ['en', 'follow-ups', /^No follow-up due/, 'Record an event you attend', '#/events'],
  ['en', 'keep-in-touch', /^Nobody due for news/, 'Open your contacts', '#/contacts'],
  ['fr', 'wednesday', /^Personne à féliciter ou aider/, 'Ouvrir vos contacts', '#/contacts'],
  ['fr', 'friday', /^Rien à partager/, 'Ajouter une ressource à votre bibliothèque', '#/resources'],
  ['fr', 'follow-ups', /^Aucune relance à faire/, 'Noter un événement où vous allez', '#/events'],
  ['fr', 'keep-in-touch', /^Personne à qui donner des nouvelles/, 'Ouvrir vos contacts', '#/contacts'],
];

describe('an empty routine list gives the next action', () => {
  beforeEach(clearSharedDb);
  afterEach(() => setLanguage('en'));

  test.each(CASES)('%s, %s', async (language, list, says, link, href) => {
    await loadLanguage(language);
    setLanguage(language);
    render(<RoutineDayList list={list} />);
    expect(await screen.findByText(says)).toBeTruthy();
    expect(screen.queryByText(/Nobody on this list right now|Personne sur cette liste/)).toBeNull();
    expect(screen.getByRole('link', { name: link }).getAttribute('href')).toBe(href);
  });

  test.each<Language>(['en', 'fr'])('Monday (%s): the close-circle picker, right there', async (language) => {
    await loadLanguage(language);
    setLanguage(language);
    render(<RoutineDayList list="monday" />);
    expect(
      await screen.findByText(language === 'en' ? /^Nobody to check on yet/ : /^Personne à suivre/),
    ).toBeTruthy();
    expect(document.querySelector('.routine-empty')?.children.length).toBeGreaterThan(1);
  });
});
