import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { loadLanguage, setLanguage } from '@/lib/i18n';
import { BalancePanel } from '@/components/dashboard/impact/BalancePanel';

/** Hand check, 2026-12-07: after one gift, Impact said “you gave 1 times”. */
describe('Impact: counts of one', () => {
  afterEach(() => {
    cleanup();
    setLanguage('en');
  });

  test('“1 time” in English, “1 fois” in French', async () => {
    render(<BalancePanel overall={{ gave: 1, received: 0 }} unbalanced={[]} />);
    expect(screen.getByText(/^Over the last 12 months/).textContent).toBe(
      'Over the last 12 months you gave 1 time and received 0 times (opportunities count as received).',
    );
    cleanup();
    await loadLanguage('fr');
    setLanguage('fr');
    render(<BalancePanel overall={{ gave: 1, received: 3 }} unbalanced={[]} />);
    expect(screen.getByText(/^Sur les 12 derniers mois/).textContent).toBe(
      'Sur les 12 derniers mois, vous avez donné 1 fois et reçu 3 fois (les opportunités comptent comme reçues).',
    );
  });
});
