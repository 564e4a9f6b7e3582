import { useId, useState, type ChangeEvent } from 'react';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { importConnections, parseConnectionsInSlices, type ImportReport, type Progress } from '@/lib/io';
import { ImportReportView } from './ImportReportView';
import { ProgressBar } from './ProgressBar';
import { markedWhile } from './unfinished-work';
import { ErrorAlert } from '../../ErrorAlert';

/** Import LinkedIn's Connections.csv: a file input, a progress bar, then the report. */
export function ImportConnections() {
  const id = useId();
  const [progress, setProgress] = useState<Progress>();
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<string>();

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setReport(undefined);
    setError(undefined);
    setProgress({ phase: 'reading', done: 0, total: 1 });
    try {
      // The bytes, not `file.text()`: their encoding is detected (a spreadsheet's Windows-1252
      // read as UTF-8 would store `Lef�vre`). Parsed in slices: a 30,000-row export never
      // freezes the dashboard.
      const parsed = await parseConnectionsInSlices(new Uint8Array(await file.arrayBuffer()));
      // Marked while it runs: if the page dies, the next visit says the import was cut off.
      setReport(await markedWhile('import', () => importConnections(getDb(), parsed, setProgress)));
    } catch (e) {
      setError(t('dataImportFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dataImportTitle')}</h2>
      <p className="muted">{t('dataImportHow')}</p>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => void onFile(e)}
        disabled={!!progress}
      />
      {/* After the input, so the input's keyboard focus shows on this styled button. */}
      <label htmlFor={id} className="button-like">
        {t('dataImportChoose')}
      </label>
      <ProgressBar progress={progress} label={t('dataImportProgress')} />
      <ErrorAlert text={error} />
      <div role="status">{report && <ImportReportView report={report} />}</div>
    </section>
  );
}
