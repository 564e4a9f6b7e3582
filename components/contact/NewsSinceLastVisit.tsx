import { getDb } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import type { Contact, News } from '@/lib/schemas/contact';
import { markNewsSeen } from './contact-edits';
import { relativeTime } from './relative-time';
import { useNow } from './use-now';

const FIELD_LABEL: Record<News['field'], MessageKey> = {
  headline: 'panelNewsHeadline',
  company: 'panelNewsCompany',
  position: 'panelNewsPosition',
};

/** What changed on their profile since the user last looked (new job, new headline), until marked seen. */
export function NewsSinceLastVisit({ contact }: { contact: Contact }) {
  const now = useNow();
  const unseen = contact.news.filter((n) => n.seenAt === undefined);
  if (!unseen.length || contact.id === undefined) return null;
  const id = contact.id;
  return (
    <section aria-labelledby="news-title" className="news">
      <h2 id="news-title">{t('panelNewsTitle')}</h2>
      <ul className="plain-list">
        {unseen.map((n) => (
          <li key={`${n.field}-${n.noticedAt}`}>
            {t(FIELD_LABEL[n.field], n.to ?? '—')}{' '}
            <span className="muted small">{relativeTime(n.noticedAt, now)}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void markNewsSeen(getDb(), id)}>
        {t('panelMarkSeen')}
      </button>
    </section>
  );
}
