import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildContact, getDb, getSettings, updateSettings } from '@/lib/db';
import { loadLanguage, setLanguage, t } from '@/lib/i18n';
import { clearSharedDb } from '../helpers';
import { parseRoute } from '@/components/dashboard/router';
import { SettingsSection } from '@/components/dashboard/sections/SettingsSection';
import { WelcomeSection } from '@/components/dashboard/sections/WelcomeSection';
import { ContactForm } from '@/components/dashboard/contacts/ContactForm';
import { OpportunityForm } from '@/components/dashboard/opportunities/OpportunityForm';
import { CommunityForm } from '@/components/dashboard/communities/CommunityForm';
import { EventForm } from '@/components/dashboard/events/EventForm';

/**
 * Dates and times in Guild's language, not the browser's: each form's fields
 * show and read them as the UI language writes them, and store what they
 * stored with the native inputs (HH:mm, a day's epoch ms).
 */

const db = getDb();
const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const type = (label: string, text: string) => {
  fireEvent.change(field(label), { target: { value: text } });
  fireEvent.blur(field(label));
};
/** The field's hint and reading, as a screen reader hears them after its label. */
const described = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

describe('dates and times in the UI language', { timeout: 30_000 }, () => {
  beforeAll(() => loadLanguage('fr'));
  beforeEach(async () => {
    await clearSharedDb();
    setLanguage('en');
  });
  afterEach(() => setLanguage('en'));

  test('French settings: 24-hour times, day-first dates spelled back, French typing saved as HH:mm and the day’s end', async () => {
    setLanguage('fr');
    await updateSettings(db, {
      routineTime: '09:00',
      vacationUntil: new Date(2026, 11, 7, 23, 59, 59).getTime(),
    });
    render(<SettingsSection route={parseRoute('#/settings')} />);
    const routine = await screen.findByLabelText<HTMLInputElement>(t('settingsRoutineTime'));
    expect(routine.value).toBe('09:00');
    expect(field(t('settingsQuietStart')).value).toBe('20:00');
    const vacation = field(t('settingsVacation'));
    expect(vacation.value).toBe('07/12/2026');
    expect(described(vacation)).toContain('jj/mm/aaaa');
    expect(described(vacation)).toContain('lundi 7 décembre 2026');
    expect(document.body.textContent).not.toMatch(/\b(AM|PM)\b|December|Monday/);

    type(t('settingsRoutineTime'), '10 h 30');
    expect(routine.value).toBe('10:30');
    fireEvent.change(vacation, { target: { value: '15/8/2026' } });
    expect(described(vacation)).toContain('samedi 15 août 2026');
    fireEvent.blur(vacation);
    expect(vacation.value).toBe('15/08/2026');
    fireEvent.click(screen.getByRole('button', { name: t('settingsSave') }));
    await waitFor(async () => expect((await getSettings(db)).routineTime).toBe('10:30'));
    expect((await getSettings(db)).vacationUntil).toBe(new Date(2026, 7, 15, 23, 59, 59).getTime());

    type(t('settingsVacation'), '31/02/2026');
    type(t('settingsQuietEnd'), '24:00');
    fireEvent.click(screen.getByRole('button', { name: t('settingsSave') }));
    expect(await screen.findByText('Saisissez une date valide, ou laissez vide.')).toBeTruthy();
    expect(vacation.getAttribute('aria-invalid')).toBe('true');
    expect(described(field(t('settingsQuietEnd')))).toContain('Saisissez une heure, par exemple 09:00.');
    expect((await getSettings(db)).quietHours.end).toBe('08:00');
  });

  test('English settings: the same 24-hour clock as the next nudge, "1:30 pm" read as 13:30, month-first numbers spelled back', async () => {
    render(<SettingsSection route={parseRoute('#/settings')} />);
    const routine = await screen.findByLabelText<HTMLInputElement>('Routine time');
    expect(routine.value).toBe('09:00');
    fireEvent.change(routine, { target: { value: '1:30 pm' } });
    expect(described(routine)).toContain('13:30');
    fireEvent.blur(routine);
    expect(routine.value).toBe('13:30');
    const vacation = field('On vacation until');
    expect(vacation.value).toBe('');
    fireEvent.change(vacation, { target: { value: '8/15/2026' } });
    expect(described(vacation)).toContain('Saturday, August 15, 2026');
    fireEvent.blur(vacation);
    expect(vacation.value).toBe('Aug 15, 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () => expect((await getSettings(db)).routineTime).toBe('13:30'));
    expect((await getSettings(db)).vacationUntil).toBe(new Date(2026, 7, 15, 23, 59, 59).getTime());

    // Emptied, the vacation is gone; the keyboard steps a time by a minute, round the clock;
    // midnight is inside the quiet hours, and Settings says so at the field.
    type('On vacation until', '');
    fireEvent.change(routine, { target: { value: '23:59' } });
    fireEvent.keyDown(routine, { key: 'ArrowUp' });
    expect(routine.value).toBe('00:00');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(described(routine)).toContain('This time is inside your quiet hours'));
    expect((await getSettings(db)).routineTime).toBe('13:30');
    type('Quiet hours end', '00:00');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () => expect((await getSettings(db)).routineTime).toBe('00:00'));
    expect((await getSettings(db)).vacationUntil).toBeUndefined();
  });

  test('the welcome page’s hours in French: 09:00, never AM', async () => {
    setLanguage('fr');
    render(<WelcomeSection route={parseRoute('#/welcome')} />);
    const routine = await screen.findByLabelText<HTMLInputElement>(t('settingsRoutineTime'));
    expect(routine.value).toBe('09:00');
    expect(field(t('settingsQuietStart')).value).toBe('20:00');
    expect(field(t('settingsQuietEnd')).value).toBe('08:00');
    expect(described(routine)).toContain('9\u00a0h\u00a030');
    expect(document.body.textContent).not.toMatch(/\b(AM|PM)\b/);
    type(t('settingsRoutineTime'), '10h');
    fireEvent.click(screen.getByRole('button', { name: t('welcomeFinish') }));
    await waitFor(async () => expect((await getSettings(db)).routineTime).toBe('10:00'));
  });

  test('a contact’s “how we met” date in French is day first and stored as that day', async () => {
    setLanguage('fr');
    const contact = buildContact(
      { name: 'Ana Lima', howWeMet: { date: Date.parse('2026-12-07T12:00:00Z') } },
      1000,
    );
    const id = (await db.contacts.add(contact)) as number;
    render(<ContactForm contact={{ ...contact, id }} />);
    const met = field(t('personMetDate'));
    expect(met.value).toBe('07/12/2026');
    type(t('personMetDate'), '3/11/2026');
    expect(met.value).toBe('03/11/2026');
    fireEvent.click(screen.getByRole('button', { name: t('personSave') }));
    await waitFor(async () =>
      expect((await db.contacts.get(id))?.howWeMet?.date).toBe(Date.parse('2026-11-03T12:00:00Z')),
    );
    type(t('personMetDate'), '3/13/2026');
    fireEvent.click(screen.getByRole('button', { name: t('personSave') }));
    expect(await screen.findByText(t('personErrorInvalid'))).toBeTruthy();
    expect((await db.contacts.get(id))?.howWeMet?.date).toBe(Date.parse('2026-11-03T12:00:00Z'));
  });

  test('an opportunity’s date: typed day first in French, an unreadable one said at the field and not saved', async () => {
    setLanguage('fr');
    let done = 0;
    render(<OpportunityForm onDone={() => done++} />);
    type(t('dashDate'), '31/02/2026');
    fireEvent.click(screen.getByRole('button', { name: t('dashSave') }));
    expect(await screen.findByText(t('fieldUnreadable'))).toBeTruthy();
    expect(field(t('dashDate')).getAttribute('aria-invalid')).toBe('true');
    expect(await db.opportunities.count()).toBe(0);
    type(t('dashDate'), '25/12/2026');
    expect(field(t('dashDate')).value).toBe('25/12/2026');
    fireEvent.click(screen.getByRole('button', { name: t('dashSave') }));
    await waitFor(() => expect(done).toBe(1));
    expect((await db.opportunities.toArray())[0]?.date).toBe(new Date(2026, 11, 25, 12, 0).getTime());
  });

  test('a community joined on a day typed in English, stepped with the keyboard', async () => {
    render(<CommunityForm onDone={() => undefined} />);
    fireEvent.change(field('Name'), { target: { value: 'RustFR' } });
    const joined = field('Joined on');
    fireEvent.change(joined, { target: { value: '2/28/2028' } });
    fireEvent.keyDown(joined, { key: 'ArrowUp' });
    expect(joined.value).toBe('Feb 29, 2028');
    expect(described(joined)).toContain('Tuesday, February 29, 2028');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await db.communities.toArray())[0]?.phaseHistory[0]?.since).toBe(
        new Date(2028, 1, 29, 12, 0).getTime(),
      ),
    );
  });

  test('an event’s day and time in French, then in English, stored as the same instant', async () => {
    setLanguage('fr');
    const at = new Date(2026, 11, 7, 18, 30).getTime();
    const id = (await db.events.add({
      name: 'Paris.js',
      date: at,
      format: 'in-person',
      contactIds: [],
    })) as number;
    const { unmount } = render(
      <EventForm initial={{ ...(await db.events.get(id))!, id }} onDone={() => undefined} />,
    );
    const when = screen.getByRole('group', { name: t('eventWhen') });
    expect(within(when).getByLabelText<HTMLInputElement>('Date').value).toBe('07/12/2026');
    expect(within(when).getByLabelText<HTMLInputElement>('Heure').value).toBe('18:30');
    type('Heure', '19 h');
    fireEvent.click(screen.getByRole('button', { name: t('dashSave') }));
    await waitFor(async () =>
      expect((await db.events.get(id))?.date).toBe(new Date(2026, 11, 7, 19, 0).getTime()),
    );
    unmount();

    setLanguage('en');
    render(<EventForm initial={{ ...(await db.events.get(id))!, id }} onDone={() => undefined} />);
    expect(field('Date').value).toBe('Dec 7, 2026');
    expect(field('Time').value).toBe('19:00');
    type('Time', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter it as in the example.')).toBeTruthy();
    expect(field('Time').getAttribute('aria-invalid')).toBe('true');
    type('Date', '12/24/2026');
    type('Time', '7:15 pm');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await db.events.get(id))?.date).toBe(new Date(2026, 11, 24, 19, 15).getTime()),
    );
  });
});
