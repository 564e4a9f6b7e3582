import { t } from '@/lib/i18n';
import type { ImportProblem, ImportReport } from '@/lib/io';
import { routeHref } from '../router';
import { encodingText, problemText } from './problem-text';

function Problems({ title, problems }: { title: string; problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <details open={problems.length <= 20}>
      <summary>{title}</summary>
      <ul>
        {problems.slice(0, 500).map((p, i) => (
          <li key={`${p.row}-${i}`}>
            {p.row === undefined ? '' : `${t('dataRow', p.row)}: `}
            {problemText(p)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * What the import did: the encoding it read, counts, then each skipped or odd
 * row with its number and reason, and what is said once for the whole file
 * (dates left empty). A refused file shows one reason, and nothing else.
 */
export function ImportReportView({ report }: { report: ImportReport }) {
  if (report.refused) {
    return (
      <div className="import-report" data-testid="import-report">
        <p className="error">{t('dataRefused', problemText(report.refused))}</p>
        {report.encoding && <p className="muted">{encodingText(report.encoding, report.bom)}</p>}
      </div>
    );
  }
  const rows = report.warnings.filter((p) => p.row !== undefined);
  const file = report.warnings.filter((p) => p.row === undefined);
  return (
    <div className="import-report" data-testid="import-report">
      {report.encoding && <p className="muted">{encodingText(report.encoding, report.bom)}</p>}
      <ul className="counts">
        <li>{t('dataAdded', report.added.length)}</li>
        <li>{t('dataUpdated', report.updated.length)}</li>
        <li>{t('dataUnchanged', report.unchanged.length)}</li>
        <li>{t('dataSkipped', report.skipped.length)}</li>
      </ul>
      {file.length > 0 && (
        <div>
          <p>{t('dataFileNotes')}</p>
          <ul>
            {file.map((p) => (
              <li key={p.reason}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
      <Problems title={t('dataSkippedRows', report.skipped.length)} problems={report.skipped} />
      <Problems title={t('dataWarningRows', rows.length)} problems={rows} />
      {report.added.length + report.updated.length > 0 && (
        <p>
          <a href={routeHref('contacts')}>{t('dataSeeContacts')}</a>
        </p>
      )}
    </div>
  );
}
