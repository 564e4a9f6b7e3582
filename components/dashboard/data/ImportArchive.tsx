import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { t } from '@/lib/i18n';
import type { Progress } from '@/lib/io';
import type { ArchiveSummary } from '@/lib/io/archive/summary';
import { ArchiveError } from '@/lib/io/archive/errors';
import { ArchiveStoppedError, importArchiveInWorker } from '@/lib/io/archive/in-worker';
import { ArchiveReportView } from './ArchiveReportView';
import { CloseCircleSuggestion } from './CloseCircleSuggestion';
import { PendingInvitations } from './PendingInvitations';
import { ProgressBar } from './ProgressBar';
import { refusalText } from './refusal-text';
import { markedWhile } from './unfinished-work';
import { ErrorAlert } from '../../ErrorAlert';

/**
 * Import LinkedIn's data archive: drop the ZIP (or any of its CSV files) on
 * the zone, or choose it with the button. The import runs in the extension's
 * worker (lib/io/archive/in-worker.ts): the dashboard carries none of the
 * reader and never waits on it.
 * Afterwards: the report, the close-circle suggestion, the open invitations.
 */
export function ImportArchive() {
  const id = useId();
  const [progress, setProgress] = useState<Progress>();
  const [report, setReport] = useState<ArchiveSummary>();
  const [error, setError] = useState<string>();
  const [over, setOver] = useState(false);

  async function importFiles(files: readonly File[]) {
    if (!files.length || progress) return;
    setReport(undefined);
    setError(undefined);
    setProgress({ phase: 'reading', done: 0, total: 1 });
    try {
      const names = files.map((f) => f.name);
      // Marked while it runs: if the page dies, the next visit says the import was cut off.
      setReport(await markedWhile('import', () => importArchiveInWorker(files, names, setProgress)));
    } catch (e) {
      setError(
        e instanceof ArchiveError
          ? t('archiveRefused', refusalText(e.refusal))
          : e instanceof ArchiveStoppedError
            ? t('dataImportFailed', t('archiveStopped'))
            : t('dataImportFailed', e instanceof Error ? e.message : String(e)),
      );
    } finally {
      setProgress(undefined);
    }
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    void importFiles(files);
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setOver(false);
    void importFiles([...event.dataTransfer.files]);
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('archiveTitle')}</h2>
      <p className="muted">{t('archiveHow')}</p>
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        data-testid="archive-drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t('archiveDrop')}</p>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept=".zip,.csv,application/zip,text/csv"
          multiple
          onChange={onChange}
          disabled={!!progress}
        />
        {/* After the input, so the input's keyboard focus shows on this styled button. */}
        <label htmlFor={id} className="button-like">
          {t('archiveChoose')}
        </label>
      </div>
      <ProgressBar progress={progress} label={t('archiveProgress')} />
      <ErrorAlert text={error} />
      <div role="status">{report && <ArchiveReportView report={report} />}</div>
      {report &&
        report.entries.messages.added + report.entries.messages.updated + report.entries.messages.unchanged >
          0 && <CloseCircleSuggestion />}
      <PendingInvitations />
    </section>
  );
}
