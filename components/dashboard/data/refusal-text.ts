import { t } from '@/lib/i18n';
import type { ArchiveRefusal } from '@/lib/io/archive/errors';
import { problemText } from './problem-text';

/** Why an archive was refused, in the UI language: one sentence, naming the file when one is at fault. */
export function refusalText(refusal: ArchiveRefusal): string {
  switch (refusal.code) {
    case 'not-zip':
      return t('archiveRefusedNotZip');
    case 'corrupt':
      return t('archiveRefusedCorrupt', refusal.detail);
    case 'not-linkedin':
      return t('archiveRefusedNotLinkedIn');
    case 'unknown-format':
      return t('archiveRefusedFormat', refusal.file, refusal.missing.join(', '));
    case 'unknown-dates':
      return t('archiveRefusedDates', refusal.file, refusal.sample);
    case 'cut-off':
      return t('archiveRefusedCutOff', refusal.file);
    case 'file-refused':
      return `${refusal.file}: ${problemText(refusal.problem)}`;
    case 'too-large':
      return t('archiveRefusedTooLarge', refusal.megabytes);
  }
}
