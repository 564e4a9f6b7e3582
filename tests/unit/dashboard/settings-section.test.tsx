import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getDb, getSettings } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { SettingsSection } from '@/components/dashboard/sections/SettingsSection';
import { parseRoute } from '@/components/dashboard/router';

const settings = () => render(<SettingsSection route={parseRoute('#/settings')} />);

describe('Settings section', () => {
  beforeEach(async () => {
    await getDb().settings.clear();
    await getDb().snippets.clear();
    setLanguage('en');
  });
  afterEach(() => setLanguage('en'));

  test('saves valid settings, refuses invalid ones with a message at the field', async () => {
    settings();
    const time = await screen.findByLabelText('Routine time');
    fireEvent.change(time, { target: { value: '08:30' } });
    fireEvent.change(screen.getByLabelText('Close circle'), { target: { value: '10' } });
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Protected days (no nudges)' })).getByLabelText('Saturday'),
    );
    fireEvent.change(screen.getByLabelText('On vacation until'), { target: { value: 'Aug 15, 2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () =>
      expect(await getSettings(getDb())).toMatchObject({
        routineTime: '08:30',
        cadenceDays: { close: 10, active: 30, acquaintance: 90 },
        protectedDays: [0],
      }),
    );
    expect((await getSettings(getDb())).vacationUntil).toBeGreaterThan(0);
    expect(await screen.findByText('Settings saved.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('On vacation until'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Weekly time budget (minutes)'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('A whole number of minutes from 1 to 600.')).toBeTruthy();
    expect(screen.getByLabelText('Weekly time budget (minutes)').getAttribute('aria-invalid')).toBe('true');
    expect((await getSettings(getDb())).weeklyBudgetMinutes).toBe(30);

    fireEvent.change(screen.getByLabelText('Weekly time budget (minutes)'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () => expect((await getSettings(getDb())).weeklyBudgetMinutes).toBe(45));
    expect((await getSettings(getDb())).vacationUntil).toBeUndefined();
  });

  test('the language applies to the whole dashboard at once', async () => {
    location.hash = '#/settings';
    render(<DashboardApp />);
    fireEvent.change(await screen.findByLabelText('Language'), { target: { value: 'fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect((await getSettings(getDb())).language).toBe('fr');
  });

  test('edit a built-in template, restore it with undo, and add one of your own with validation', async () => {
    settings();
    const first = await screen.findByText('After an event: thanks, and what you promised');
    fireEvent.click(first);
    const editor = first.closest('details')!;
    fireEvent.change(within(editor).getByLabelText('Title'), { target: { value: 'My follow-up' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save template' }));
    await waitFor(async () =>
      expect(await getDb().snippets.toArray()).toMatchObject([
        { builtinId: 'follow-up-event', title: 'My follow-up' },
      ]),
    );
    const edited = (await screen.findByText('My follow-up')).closest('details')!;
    fireEvent.click(within(edited).getByRole('button', { name: 'Restore the built-in' }));
    await waitFor(async () => expect(await getDb().snippets.count()).toBe(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getDb().snippets.count()).toBe(1));

    const add = screen.getByRole('form', { name: 'Add your own template' });
    fireEvent.change(within(add).getByLabelText('Title'), { target: { value: 'Thanks' } });
    fireEvent.change(within(add).getByLabelText('Message'), { target: { value: 'Hi {firstNam}, thanks {' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Add template' }));
    expect((await within(add).findByText(/Line 1/)).className).toBe('error');
    expect(await getDb().snippets.count()).toBe(1);
    fireEvent.change(within(add).getByLabelText('Message'), { target: { value: 'Hi {firstName}, thanks!' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Add template' }));
    await waitFor(async () => expect(await getDb().snippets.count()).toBe(2));
    expect(await screen.findByText('Thanks')).toBeTruthy();
  });
});
