import { t } from '@/lib/i18n';
import type { ArchiveRefusal } from '@/lib/io/archive/errors';
import { problemText } from './problem-text';

type Damage = ArchiveRefusal & { code: 'corrupt' };

/** Where a damaged ZIP breaks, in the UI language. */
function damageText(refusal: Damage): string {
  const file = refusal.file ?? 'ZIP';
  switch (refusal.damage) {
    case 'end':
      return t('archiveCorruptEnd');
    case 'file':
      return t('archiveCorruptFile', file);
    case 'cut-off':
      return t('archiveCorruptCutOff', file);
    case 'inflated':
      return t('archiveCorruptInflated');
    case 'data':
      return t('archiveCorruptData');
  }
}

/** Why an archive was refused, in the UI language: one sentence, naming the file when one is at fault. */
export function refusalText(refusal: ArchiveRefusal): string {
  switch (refusal.code) {
    case 'not-zip':
      return t('archiveRefusedNotZip');
    case 'corrupt':
      return t('archiveRefusedCorrupt', damageText(refusal));
    case 'not-linkedin':
      return t('archiveRefusedNotLinkedIn');
    case 'unknown-format':
      return t('archiveRefusedFormat', refusal.file, refusal.missing.join(', '));
    case 'unknown-dates':
      return t('archiveRefusedDates', refusal.file, refusal.sample);
    case 'cut-off':
      return t('archiveRefusedCutOff', refusal.file);
    case 'file-refused':
      return `${refusal.file}${t('archiveFileColon')}${problemText(refusal.problem)}`;
    case 'too-large':
      return t('archiveRefusedTooLarge', refusal.megabytes);
  }
}
