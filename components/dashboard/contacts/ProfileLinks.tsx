import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/schemas/contact';

/** Links to the person's LinkedIn and X profiles (opened in a new tab; Guild fetches nothing). */
export function ProfileLinks({ contact }: { contact: Contact }) {
  if (contact.profiles.length === 0) return <p className="muted">{t('personNoProfiles')}</p>;
  return (
    <ul className="profile-links" aria-label={t('personProfiles')}>
      {contact.profiles.map((p) => (
        <li key={p.key}>
          <a href={p.url} target="_blank" rel="noreferrer noopener">
            {p.site === 'x' ? t('siteX') : t('siteLinkedIn')}: {p.site === 'x' ? `@${p.handle}` : p.handle}
          </a>
        </li>
      ))}
    </ul>
  );
}
