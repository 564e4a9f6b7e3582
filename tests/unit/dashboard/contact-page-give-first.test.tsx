import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildContact, getDb } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';
import { ContactsSection } from '@/components/dashboard/sections/ContactsSection';
import { parseRoute } from '@/components/dashboard/router';
import { clearSharedDb } from '../helpers';

/** Someone with nothing give-first can match, and no resources: the card is empty. */
async function openEmptyPerson(): Promise<HTMLElement> {
  const id = (await getDb().contacts.add(buildContact({ name: 'Thomas Nguyen' }, 1000))) as number;
  render(<ContactsSection route={parseRoute(`#/contacts/${id}`)} />);
  return screen.findByTestId('give-first-empty-actions');
}

describe('a person’s page: give-first’s empty card opens what it names', () => {
  beforeEach(async () => {
    await clearSharedDb();
    location.hash = '';
  });
  afterEach(() => setLanguage('en'));

  test('English: “Add their interests” opens the form’s Interests, “Add what they need” its Needs; “Add a resource” goes to Resources', async () => {
    const actions = await openEmptyPerson();
    expect(screen.queryByText(/^No idea for now\. Add their interests/)).toBeNull();
    expect(screen.getByText(/^No idea for now: Guild suggests what to give/)).toBeTruthy();

    fireEvent.click(within(actions).getByRole('button', { name: 'Add their interests' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Interests')));
    fireEvent.click(within(actions).getByRole('button', { name: 'Add what they need' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Needs')));
    // Asked again, the same field is opened again.
    screen.getByRole('button', { name: 'Save changes' }).focus();
    fireEvent.click(within(actions).getByRole('button', { name: 'Add what they need' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Needs')));

    const resource = within(actions).getByRole('link', { name: 'Add a resource' });
    expect(resource.getAttribute('href')).toBe('#/resources');
    expect(resource.getAttribute('target')).toBeNull();
  });

  test('French: « Ajouter ses intérêts » opens Intérêts, « Ajouter ses projets » Projets; « Ajouter une ressource » goes to Resources', async () => {
    setLanguage('fr');
    const actions = await openEmptyPerson();
    expect(screen.getByText(/^Pas d’idée pour l’instant : Guild propose/)).toBeTruthy();
    fireEvent.click(within(actions).getByRole('button', { name: 'Ajouter ses intérêts' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Intérêts')));
    fireEvent.click(within(actions).getByRole('button', { name: 'Ajouter ses projets' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Projets')));
    expect(within(actions).getByRole('link', { name: 'Ajouter une ressource' }).getAttribute('href')).toBe(
      '#/resources',
    );
  });
});
