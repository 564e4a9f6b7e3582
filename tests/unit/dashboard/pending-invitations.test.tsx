import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getDb } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';
import { PendingInvitations } from '@/components/dashboard/data/PendingInvitations';

describe('pending invitations: the button says what it does', () => {
  beforeEach(async () => {
    await getDb().invitations.clear();
    await getDb().invitations.bulkAdd([
      { key: 'sent:name:Eve Invented', direction: 'sent', name: 'Eve Invented', sentAt: 1 },
      { key: 'received:name:Finn Madeup', direction: 'received', name: 'Finn Madeup', sentAt: 2 },
    ]);
  });
  afterEach(() => setLanguage('en'));

  test('"Mark as dealt with" takes the invitation off the list and stores when', async () => {
    render(<PendingInvitations />);
    const button = await screen.findByRole('button', {
      name: 'Mark as dealt with: the invitation with Eve Invented',
    });
    expect(button.textContent).toBe('Mark as dealt with');
    fireEvent.click(button);
    await waitFor(() => expect(screen.queryByText('Eve Invented')).toBeNull());
    expect(screen.getByText('Finn Madeup')).toBeTruthy();
    const eve = await getDb().invitations.where('key').equals('sent:name:Eve Invented').first();
    expect(eve?.doneAt).toEqual(expect.any(Number));
  });

  test('in French: « Marquer comme traitée », and the sent ones « ils n’ont pas encore accepté »', async () => {
    setLanguage('fr');
    render(<PendingInvitations />);
    const button = await screen.findByRole('button', {
      name: 'Marquer comme traitée\u00a0: l’invitation de Finn Madeup',
    });
    expect(button.textContent).toBe('Marquer comme traitée');
    expect(screen.getByText('Vous les avez invités, ils n’ont pas encore accepté')).toBeTruthy();
  });
});
