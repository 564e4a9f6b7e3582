import { afterEach, describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import { setLanguage } from '@/lib/i18n';
import { VerdictCard } from '@/components/dashboard/impact/VerdictCard';

describe('the verdict card', () => {
  afterEach(() => setLanguage('en'));

  test('says the answer, the figures behind it and the rule, in French', () => {
    setLanguage('fr');
    render(
      <VerdictCard
        verdict={{
          kind: 'change-strategy',
          from: 0,
          figures: { opportunities: 0, received: 3, hours: 12.5, returns: 3, needed: 2.5 },
        }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Est-ce rentable ?' })).toBeTruthy();
    expect(screen.getByText('Pas encore — il est temps de changer de stratégie.')).toBeTruthy();
    expect(screen.getByText('Heures investies : 12.5')).toBeTruthy();
    expect(screen.getByText(/Aucune opportunité en six mois/)).toBeTruthy();
    expect(screen.getByText(/toutes les 5 heures investies/)).toBeTruthy();
  });

  test('paying off gives no advice, only the figures', () => {
    render(
      <VerdictCard
        verdict={{
          kind: 'paying-off',
          from: 0,
          figures: { opportunities: 2, received: 1, hours: 9, returns: 3, needed: 1.8 },
        }}
      />,
    );
    expect(screen.getByText('Yes — your networking is paying off.')).toBeTruthy();
    expect(screen.getByText('Returns: 3; the hours call for at least 1.8')).toBeTruthy();
    expect(screen.queryByText(/time spent outweighs/)).toBeNull();
  });
});
