import { beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildContact, getDb } from '@/lib/db';
import { clearSharedDb } from '../helpers';
import { parseRoute } from '@/components/dashboard/router';
import { OpportunitiesSection } from '@/components/dashboard/sections/OpportunitiesSection';

const db = getDb();

describe('Opportunities section', () => {
  let anaId = 0;
  beforeEach(async () => {
    await clearSharedDb();
    anaId = (await db.contacts.add(buildContact({ name: 'Ana Lima', company: 'Acme' }, 1000))) as number;
  });

  test('an empty list teaches what to log', async () => {
    render(<OpportunitiesSection route={parseRoute('#/opportunities')} />);
    expect(await screen.findByText('No opportunity logged yet.')).toBeTruthy();
  });

  test('?from=<id> opens the form with that person; saving lists it', async () => {
    render(<OpportunitiesSection route={parseRoute(`#/opportunities?from=${anaId}`)} />);
    const form = await screen.findByRole('form', { name: 'Log an opportunity' });
    expect(await within(form).findByRole('link', { name: 'Ana Lima' })).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'speaking' } });
    fireEvent.change(within(form).getByLabelText('What it is'), { target: { value: 'Talk at RivieraDev' } });
    fireEvent.change(within(form).getByLabelText('What it is worth to you'), {
      target: { value: 'Visibility' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const row = (await screen.findByText('Talk at RivieraDev')).closest('tr')!;
    expect(within(row).getByText('Speaking')).toBeTruthy();
    expect(within(row).getByText('Visibility')).toBeTruthy();
    expect(await db.opportunities.toArray()).toMatchObject([
      { kind: 'speaking', sourceContactId: anaId, status: 'open', title: 'Talk at RivieraDev' },
    ]);
  });

  test('pick the source by name, edit, delete and undo', async () => {
    render(<OpportunitiesSection route={parseRoute('#/opportunities')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log an opportunity' }));
    fireEvent.change(screen.getByLabelText('Find the person it came from'), { target: { value: 'an' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Ana Lima · Acme' }));
    fireEvent.change(screen.getByLabelText('What it is'), { target: { value: 'Staff role' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit “Staff role”' }));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'taken' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.opportunities.toArray())[0]?.status).toBe('taken'));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete “Staff role”' }));
    await waitFor(async () => expect(await db.opportunities.count()).toBe(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Staff role')).toBeTruthy();
    expect(await db.opportunities.toArray()).toMatchObject([{ sourceContactId: anaId, status: 'taken' }]);
  });
});
