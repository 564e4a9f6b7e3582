import { t, type MessageKey } from '@/lib/i18n';
import type { ImportProblem, ImportReport } from '@/lib/io';
import { routeHref } from '../router';

const REASONS: Record<ImportProblem['reason'], MessageKey> = {
  'no-header': 'dataReasonNoHeader',
  'no-name': 'dataReasonNoName',
  duplicate: 'dataReasonDuplicate',
  'bad-url': 'dataReasonBadUrl',
  'bad-date': 'dataReasonBadDate',
  invalid: 'dataReasonInvalid',
};

function Problems({ title, problems }: { title: string; problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <details open={problems.length <= 20}>
      <summary>{title}</summary>
      <ul>
        {problems.slice(0, 500).map((p, i) => (
          <li key={`${p.row}-${i}`}>
            {t('dataRow', p.row)}: {t(REASONS[p.reason])} <span className="muted">({p.detail})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What the import did: counts, then each skipped or odd row with its number and reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div className="import-report" data-testid="import-report">
      <ul className="counts">
        <li>{t('dataAdded', report.added.length)}</li>
        <li>{t('dataUpdated', report.updated.length)}</li>
        <li>{t('dataUnchanged', report.unchanged.length)}</li>
        <li>{t('dataSkipped', report.skipped.length)}</li>
      </ul>
      <Problems title={t('dataSkippedRows', report.skipped.length)} problems={report.skipped} />
      <Problems title={t('dataWarningRows', report.warnings.length)} problems={report.warnings} />
      {report.added.length + report.updated.length > 0 && (
        <p>
          <a href={routeHref('contacts')}>{t('dataSeeContacts')}</a>
        </p>
      )}
    </div>
  );
}
