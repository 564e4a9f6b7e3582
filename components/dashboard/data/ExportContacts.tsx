import { useId, useState } from 'react';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { contactsToCsv, contactsToVcard, type Progress } from '@/lib/io';
import { datedName, downloadText, readAllContacts } from './files';
import { ProgressBar } from './ProgressBar';

type Format = 'csv' | 'vcf';

/** Export every contact as a spreadsheet (CSV, formulas neutralised) or an address-book file (vCard). */
export function ExportContacts() {
  const id = useId();
  const [progress, setProgress] = useState<Progress>();
  const [status, setStatus] = useState<string>();

  async function exportAs(format: Format) {
    setStatus(undefined);
    try {
      const contacts = await readAllContacts(getDb(), setProgress);
      const text =
        format === 'csv' ? contactsToCsv(contacts, setProgress) : contactsToVcard(contacts, setProgress);
      const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'text/vcard;charset=utf-8';
      downloadText(text, datedName('contacts', format), type);
      setStatus(t('dataExportDone', contacts.length));
    } catch (e) {
      setStatus(t('dataExportFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dataExportTitle')}</h2>
      <div className="actions">
        <button type="button" onClick={() => void exportAs('csv')} disabled={!!progress}>
          {t('dataExportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('vcf')} disabled={!!progress}>
          {t('dataExportVcard')}
        </button>
      </div>
      <ProgressBar progress={progress} label={t('dataExportProgress')} />
      <p role="status">{status}</p>
    </section>
  );
}
