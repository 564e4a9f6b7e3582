import { t, tCount, type MessageKey } from '@/lib/i18n';
import type { ArchiveFileReport, ArchiveSummary } from '@/lib/io/archive/summary';
import { routeHref } from '../router';
import { encodingText } from './problem-text';

function fileLine(file: ArchiveFileReport): string {
  if (file.status === 'not-used') return t('archiveFileNotUsed');
  if (file.status === 'duplicate') return t('archiveFileDuplicate');
  if (file.kind === 'profile') return t('archiveFileProfileUsed');
  const parts = [
    file.rows === 1 ? t('archiveFileUsedOne', file.used) : t('archiveFileUsed', file.rows, file.used),
  ];
  if (file.badDates) parts.push(t('archiveFileBadDates', file.badDates, file.badDateSample ?? ''));
  if (file.encoding && (file.encoding !== 'utf-8' || file.bom))
    parts.push(encodingText(file.encoding, file.bom));
  return parts.join(' · ');
}

const WHAT: Record<'invitation' | 'recommendation' | 'endorsement', MessageKey> = {
  invitation: 'archiveWhatInvitations',
  recommendation: 'archiveWhatRecommendations',
  endorsement: 'archiveWhatEndorsements',
};
const UNMATCHED: Record<keyof ArchiveSummary['unmatched'], MessageKey> = {
  messages: 'archiveWhatMessages',
  invitations: 'archiveWhatInvitations',
  recommendations: 'archiveWhatRecommendations',
  endorsements: 'archiveWhatEndorsements',
};

/** What the archive import did: per kind of fact, then per file (used or not, and how). */
export function ArchiveReportView({ report }: { report: ArchiveSummary }) {
  const c = report.connections;
  const m = report.entries.messages;
  return (
    <div className="import-report" data-testid="archive-report">
      <ul>
        {c && <li>{t('archiveConnections', c.added, c.updated, c.unchanged, c.skipped)}</li>}
        {m.added + m.updated + m.unchanged > 0 && (
          <li>
            {t(
              'archiveMessages',
              report.messages.counted,
              report.messages.people,
              m.added + m.updated + m.unchanged,
              m.added,
            )}
          </li>
        )}
        {(['invitation', 'recommendation', 'endorsement'] as const).map((what) => {
          const e = report.entries[what];
          const total = e.added + e.updated + e.unchanged;
          return total ? (
            <li key={what}>{t('archiveEntries', t(WHAT[what]), total, e.added, e.updated)}</li>
          ) : null;
        })}
        {(Object.keys(report.unmatched) as (keyof ArchiveSummary['unmatched'])[]).map((what) => {
          const u = report.unmatched[what];
          if (!u.notAContact && !u.ambiguous) return null;
          const label = t(UNMATCHED[what]);
          return (
            <li key={what} className="muted">
              {t(
                'archiveUnmatched',
                label,
                tCount(u.notAContact, 'archiveNotAContactOne', 'archiveNotAContact'),
                tCount(u.ambiguous, 'archiveAmbiguousOne', 'archiveAmbiguous'),
              )}
            </li>
          );
        })}
        {report.messages.unattributed > 0 && (
          <li>{t('archiveUnattributed', report.messages.unattributed)}</li>
        )}
        {report.pending.sent + report.pending.received > 0 && (
          <li>
            {t(
              'archivePendingCount',
              tCount(report.pending.sent, 'archivePendingSentOne', 'archivePendingSent'),
              tCount(report.pending.received, 'archivePendingReceivedOne', 'archivePendingReceived'),
            )}
          </li>
        )}
        {report.lastInteractionsMoved > 0 && (
          <li>{t('archiveLastInteractions', report.lastInteractionsMoved)}</li>
        )}
        {report.keepInTouchDone > 0 && <li>{t('archiveKeepInTouchDone', report.keepInTouchDone)}</li>}
      </ul>
      <details open>
        <summary>{t('archiveFilesTitle')}</summary>
        <ul data-testid="archive-files">
          {report.files.map((file, i) => (
            <li key={`${file.name}-${i}`}>
              <strong>{file.name}</strong>
              {t('archiveFileColon')}
              {fileLine(file)}
            </li>
          ))}
        </ul>
      </details>
      <p>
        <a href={routeHref('contacts')}>{t('dataSeeContacts')}</a>
      </p>
    </div>
  );
}
