import { getLanguage, t, type Language } from '../../i18n';
import type { ArchiveFact } from '../../schemas/interaction';

/** `2024-03` → "March 2024" / « mars 2024 », in the UI language (the month is UTC, as LinkedIn dates it). */
export function monthName(month: string, language: Language = getLanguage()): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, m! - 1, 1)),
  );
}

/** What an entry imported from the archive means, worded in the UI language. */
export function archiveFactText(fact: ArchiveFact): string {
  switch (fact.what) {
    case 'messages': {
      const count = fact.sent + fact.received;
      const month = monthName(fact.month);
      const head =
        count === 1 ? t('archiveFactMessagesOne', month) : t('archiveFactMessagesMany', count, month);
      return `${head} (${t('archiveFactMessagesSplit', fact.sent, fact.received)})`;
    }
    case 'invitation':
      return t(fact.by === 'me' ? 'archiveFactInvitationMe' : 'archiveFactInvitationThem');
    case 'recommendation':
      return t(fact.by === 'me' ? 'archiveFactRecommendationMe' : 'archiveFactRecommendationThem');
    case 'endorsement': {
      const skills = new Intl.ListFormat(getLanguage(), { type: 'conjunction' }).format(fact.skills);
      return t(fact.by === 'me' ? 'archiveFactEndorsementMe' : 'archiveFactEndorsementThem', skills);
    }
  }
}
