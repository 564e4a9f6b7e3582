import { t, tCount } from '@/lib/i18n';
import { routeHref } from '../router';
import type { ImpactView } from './use-impact';

/**
 * Gives vs receives over the last 12 months, and the most one-sided
 * relationships: the guide's reciprocity ("give as much as you receive").
 */
export function BalancePanel({ overall, unbalanced }: Pick<ImpactView, 'overall' | 'unbalanced'>) {
  return (
    <section aria-labelledby="balance-title">
      <h2 id="balance-title">{t('impactBalanceTitle')}</h2>
      <p>
        {t(
          'impactBalanceOverall',
          tCount(overall.gave, 'impactTimesOne', 'impactTimes'),
          tCount(overall.received, 'impactTimesOne', 'impactTimes'),
        )}
      </p>
      {unbalanced.length === 0 ? (
        <p className="muted">{t('impactBalanceEven')}</p>
      ) : (
        <table className="dash-table">
          <caption>{t('impactUnbalancedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('impactPerson')}</th>
              <th scope="col">{t('impactGave')}</th>
              <th scope="col">{t('impactReceived')}</th>
              <th scope="col">{t('impactLeaning')}</th>
            </tr>
          </thead>
          <tbody>
            {unbalanced.map((b) => (
              <tr key={b.contactId}>
                <th scope="row">
                  <a href={routeHref('contacts', [b.contactId])}>{b.contact?.name ?? `#${b.contactId}`}</a>
                </th>
                <td>{b.gave}</td>
                <td>{b.received}</td>
                <td>{t(b.net > 0 ? 'impactLeanGave' : 'impactLeanReceived')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
