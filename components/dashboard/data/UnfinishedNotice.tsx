import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { forgetUnfinishedWork, unfinishedWork, type UnfinishedWork } from './unfinished-work';
import { formatDateTime } from '@/lib/i18n/format';

/** Tells the user, on the next visit, that an import or restore was cut off and nothing of it was saved. */
export function UnfinishedNotice() {
  const [work, setWork] = useState<UnfinishedWork>();
  useEffect(() => {
    let live = true;
    void unfinishedWork().then((w) => live && setWork(w));
    return () => {
      live = false;
    };
  }, []);
  if (!work) return null;
  const when = formatDateTime(work.startedAt);
  return (
    <div role="alert" className="error unfinished-work">
      <p>{t(work.kind === 'import' ? 'dataUnfinishedImport' : 'dataUnfinishedRestore', when)}</p>
      <button type="button" onClick={() => void forgetUnfinishedWork().then(() => setWork(undefined))}>
        {t('dataUnfinishedDismiss')}
      </button>
    </div>
  );
}
