import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { getDb, updateSettings } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';
import { parseRoute } from '@/components/dashboard/router';
import { RoutineSection } from '@/components/dashboard/sections/RoutineSection';
import { clearSharedDb } from '../helpers';

const db = getDb();
/** Tuesday 22 December 2026, noon, on the user's clock. */
const TUESDAY_NOON = new Date(2026, 11, 22, 12, 0).getTime();
/** Away until Thursday 24 December included: Settings stores the day's last second. */
const VACATION_UNTIL = new Date(2026, 11, 24, 23, 59, 59).getTime();

describe('Routine page while on vacation', () => {
  beforeEach(async () => {
    await clearSharedDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TUESDAY_NOON);
    await updateSettings(db, { routineTime: '18:45', vacationUntil: VACATION_UNTIL });
  });
  afterEach(() => {
    vi.useRealTimers();
    setLanguage('en');
  });

  test('says until when, beside the next nudge (the first routine day after, at its hour)', async () => {
    render(<RoutineSection route={parseRoute('#/routine')} />);
    expect((await screen.findByTestId('on-vacation')).textContent).toBe(
      'On vacation until Thursday, December 24',
    );
    expect(screen.getByTestId('next-nudge').textContent).toBe('Next nudge: Friday 18:45');
  });

  test('in French, the date in French', async () => {
    setLanguage('fr');
    render(<RoutineSection route={parseRoute('#/routine')} />);
    expect((await screen.findByTestId('on-vacation')).textContent).toBe(
      'En vacances jusqu’au jeudi 24 décembre',
    );
    expect(screen.getByTestId('next-nudge').textContent).toBe('Prochain rappel\u00a0: vendredi 18:45');
  });

  test('once the vacation is over, nothing about it', async () => {
    vi.setSystemTime(new Date(2026, 11, 25, 9, 0).getTime());
    render(<RoutineSection route={parseRoute('#/routine')} />);
    expect((await screen.findByTestId('next-nudge')).textContent).toBe('Next nudge: Friday 18:45');
    expect(screen.queryByTestId('on-vacation')).toBeNull();
  });
});
