import { t } from '@/lib/i18n';
import type { Route } from '../router';
import { UndoToast } from '../../undo/UndoToast';
import { BackupRestore } from '../data/BackupRestore';
import { EraseEverything } from '../data/EraseEverything';
import { ExportContacts } from '../data/ExportContacts';
import { ImportArchive } from '../data/ImportArchive';
import { ImportConnections } from '../data/ImportConnections';

/** Your data: import from LinkedIn, backup and restore, export, and delete everything. */
export function DataSection(_props: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navData')}</h1>
      <ImportArchive />
      <ImportConnections />
      <BackupRestore />
      <ExportContacts />
      <EraseEverything />
      <UndoToast />
    </section>
  );
}
