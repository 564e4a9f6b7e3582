import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildContact, getDb, getSettings } from '@/lib/db';
import { loadLanguage, setLanguage, t } from '@/lib/i18n';
import { clearSharedDb } from '../helpers';
import { parseRoute } from '@/components/dashboard/router';
import { WelcomeSection } from '@/components/dashboard/sections/WelcomeSection';
import { RoutineSection } from '@/components/dashboard/sections/RoutineSection';
import { nudgeWhen } from '@/components/routine/NextNudge';

const db = getDb();
/** Types into a labelled field and leaves it, as a person does. */
const type = (label: string, text: string) => {
  const input = screen.getByLabelText<HTMLInputElement>(label);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
  return input;
};
/** The field's hint and error, as a screen reader hears them after its label. */
const described = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

describe('welcome page and a routine with people in it', { timeout: 30_000 }, () => {
  beforeAll(() => loadLanguage('fr'));
  beforeEach(async () => {
    await clearSharedDb();
    setLanguage('en');
    location.hash = '#/welcome';
  });
  afterEach(() => setLanguage('en'));

  test('name, routine, close circle picked by search, then Monday’s list names the chosen people', async () => {
    const now = Date.now();
    await db.contacts.bulkAdd([
      buildContact({ name: 'Ana Lima', company: 'Acme' }, now),
      buildContact({ name: 'Bruno Costa' }, now),
      buildContact({ name: 'A very long name that would never fit in a narrow side panel list' }, now),
    ]);
    render(<WelcomeSection route={parseRoute('#/welcome')} />);
    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'Sam Rivera' } });
    const picker = screen.getByRole('group', { name: 'Choose your close circle' });
    fireEvent.change(within(picker).getByLabelText('Search by name'), { target: { value: 'an' } });
    const ana = await within(picker).findByRole('checkbox', { name: /Ana Lima/ });
    await waitFor(() => expect(within(picker).queryByText('Bruno Costa')).toBeNull());
    fireEvent.click(ana);
    await waitFor(async () => expect(await db.contacts.where('circle').equals('close').count()).toBe(1));
    expect(within(picker).getByRole('status').textContent).toBe('In your close circle: 1');

    fireEvent.click(screen.getByRole('button', { name: 'Save and open Monday’s list' }));
    await waitFor(() => expect(location.hash).toBe('#/routine/monday'));
    const settings = await getSettings(db);
    expect(settings.myName).toBe('Sam Rivera');
    expect(settings.welcomeDoneAt).toBeGreaterThan(0);

    render(<RoutineSection route={parseRoute('#/routine/monday')} />);
    await waitFor(() => expect(document.querySelector('.routine-list')?.textContent).toContain('Ana Lima'));
    expect((await screen.findByTestId('next-nudge')).textContent).toMatch(/^Next nudge: \w+day \d\d:\d\d$/);
  });

  test('skip is one click; Monday with no close circle offers the picker in place; long names keep an ellipsis and a title', async () => {
    const long = 'A very long name that would never fit in a narrow side panel list';
    await db.contacts.add(buildContact({ name: long }, Date.now()));
    render(<WelcomeSection route={parseRoute('#/welcome')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip for now' }));
    await waitFor(async () => expect((await getSettings(db)).welcomeDoneAt).toBeGreaterThan(0));

    render(<RoutineSection route={parseRoute('#/routine/monday')} />);
    expect(await screen.findByText(/Mark 5–15 people as close circle here/)).toBeTruthy();
    const picker = screen.getAllByRole('group', { name: 'Choose your close circle' }).at(-1)!;
    const name = await within(picker).findByTitle(long);
    expect(name.className).toBe('person-name');
    expect(name.textContent).toBe(long);
  });

  test('a routine hour inside quiet hours is refused at the field, in words; the hint’s own example is not inside them', async () => {
    render(<WelcomeSection route={parseRoute('#/welcome')} />);
    const routine = await screen.findByLabelText<HTMLInputElement>('Routine time');
    expect(described(routine)).toContain('e.g. 09:00 or 9:30 am');
    type('Routine time', '9:30 pm');
    expect(routine.value).toBe('21:30');
    fireEvent.click(screen.getByRole('button', { name: 'Save and open Monday’s list' }));
    await waitFor(() =>
      expect(described(routine)).toContain(
        'This time is inside your quiet hours: the nudge would wait until they end.',
      ),
    );
    expect(routine.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Nothing saved yet: fix the fields marked above.');
    expect(location.hash).toBe('#/welcome');
    expect((await getSettings(db)).routineTime).toBe('09:00');
    expect((await getSettings(db)).welcomeDoneAt).toBeUndefined();

    // The hint's own example is accepted as it is.
    type('Routine time', '9:30 am');
    fireEvent.click(screen.getByRole('button', { name: 'Save and open Monday’s list' }));
    await waitFor(() => expect(location.hash).toBe('#/routine/monday'));
    expect((await getSettings(db)).routineTime).toBe('09:30');
  });

  test('en français : une heure de routine pendant les heures calmes est refusée au champ, en mots', async () => {
    setLanguage('fr');
    render(<WelcomeSection route={parseRoute('#/welcome')} />);
    const routine = await screen.findByLabelText<HTMLInputElement>(t('settingsRoutineTime'));
    expect(described(routine)).toContain('par exemple 09:00 ou 9\u00a0h\u00a030');
    type(t('settingsRoutineTime'), '21 h 30');
    fireEvent.click(screen.getByRole('button', { name: t('welcomeFinish') }));
    await waitFor(() =>
      expect(described(routine)).toContain(
        'Cette heure tombe pendant vos heures calmes\u00a0: le rappel attendrait leur fin.',
      ),
    );
    expect(location.hash).toBe('#/welcome');
    expect((await getSettings(db)).routineTime).toBe('09:00');
  });

  test('Skip for now keeps the name, routine and quiet hours typed; something wrong is said, not dropped', async () => {
    render(<WelcomeSection route={parseRoute('#/welcome')} />);
    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'Sam Rivera' } });
    const routineDays = screen.getByRole('group', { name: 'Routine days' });
    fireEvent.click(within(routineDays).getByRole('checkbox', { name: 'Tuesday' }));
    type('Quiet hours start', '22:00');
    type('Quiet hours end', '07:00');
    type('Routine time', '7:30 am');
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    // 07:30 is after quiet hours that now end at 07:00, so it is kept.
    await waitFor(() => expect(location.hash).toBe('#/contacts'));
    const saved = await getSettings(db);
    expect(saved).toMatchObject({
      myName: 'Sam Rivera',
      routineTime: '07:30',
      quietHours: { start: '22:00', end: '07:00' },
      routineDays: [1, 2, 3, 5],
    });
    expect(saved.welcomeDoneAt).toBeGreaterThan(0);
    cleanup();

    // Opened again from Settings, it shows what was saved; a wrong hour stops Skip and says why.
    location.hash = '#/welcome';
    render(<WelcomeSection route={parseRoute('#/welcome')} />);
    expect((await screen.findByLabelText<HTMLInputElement>('Your name')).value).toBe('Sam Rivera');
    const routine = type('Routine time', '6:45 am');
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(described(routine)).toContain('This time is inside your quiet hours'));
    expect(screen.getByRole('alert').textContent).toBe('Nothing saved yet: fix the fields marked above.');
    expect(location.hash).toBe('#/welcome');
    expect((await getSettings(db)).routineTime).toBe('07:30');
  });

  test('en français, le lien vers l’import garde ce qui a été saisi, et la page le montre au retour', async () => {
    setLanguage('fr');
    render(<WelcomeSection route={parseRoute('#/welcome')} />);
    fireEvent.change(await screen.findByLabelText(t('settingsMyName')), { target: { value: 'Camille Roy' } });
    type(t('settingsRoutineTime'), '10 h 15');
    type(t('settingsQuietStart'), '19 h');
    fireEvent.click(
      screen.getByRole('link', { name: 'importer votre archive ou vos relations LinkedIn (Données)' }),
    );
    await waitFor(() => expect(location.hash).toBe('#/data'));
    const saved = await getSettings(db);
    expect(saved).toMatchObject({
      myName: 'Camille Roy',
      routineTime: '10:15',
      quietHours: { start: '19:00', end: '08:00' },
    });
    // Not finished: only the detour was taken.
    expect(saved.welcomeDoneAt).toBeUndefined();
    cleanup();

    location.hash = '#/welcome';
    render(<WelcomeSection route={parseRoute('#/welcome')} />);
    expect((await screen.findByLabelText<HTMLInputElement>(t('settingsMyName'))).value).toBe('Camille Roy');
    expect(screen.getByLabelText<HTMLInputElement>(t('settingsRoutineTime')).value).toBe('10:15');
    expect(screen.getByLabelText<HTMLInputElement>(t('settingsQuietStart')).value).toBe('19:00');

    // Something wrong stops the detour and says so, in French.
    type(t('settingsRoutineTime'), '19 h 30');
    fireEvent.click(
      screen.getByRole('link', { name: 'importer votre archive ou vos relations LinkedIn (Données)' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Rien n’est encore enregistré\u00a0: corrigez les champs signalés ci-dessus.',
    );
    expect(location.hash).toBe('#/welcome');
    expect((await getSettings(db)).routineTime).toBe('10:15');
  });

  test('the next nudge reads like a person says it, in the UI language', () => {
    const monday = Date.UTC(2026, 11, 7, 12, 0);
    const wednesday = Date.UTC(2026, 11, 9, 8, 0); // 09:00 in Paris
    expect(nudgeWhen(wednesday, 'Europe/Paris', 'en', monday)).toBe('Wednesday 09:00');
    expect(nudgeWhen(wednesday, 'Europe/Paris', 'fr', monday)).toBe('mercredi 09:00');
  });

  test('a nudge more than a week off (after a vacation) says its date, not a bare weekday read as this week’s', () => {
    const monday = Date.UTC(2026, 11, 7, 12, 0);
    const afterVacation = Date.UTC(2026, 11, 25, 7, 0); // Friday 25, 08:00 in Paris
    expect(nudgeWhen(afterVacation, 'Europe/Paris', 'en', monday)).toBe('Friday, December 25 at 08:00');
    expect(nudgeWhen(afterVacation, 'Europe/Paris', 'fr', monday)).toBe('vendredi 25 décembre à 08:00');
  });
});
