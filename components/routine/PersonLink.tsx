import type { Contact } from '@/lib/schemas/contact';
import { t } from '@/lib/i18n';
import { PersonName } from '../circle/PersonName';

/**
 * A person's name and a link to their profile. The user opens it in a new
 * tab; Guild itself fetches nothing.
 */
export function PersonLink({ contact }: { contact: Contact }) {
  const profile = contact.profiles[0];
  return (
    <span className="routine-person">
      <strong>
        <PersonName name={contact.name} />
      </strong>
      {contact.headline && <span className="muted"> · {contact.headline}</span>}{' '}
      {profile && (
        <a
          href={profile.url}
          target="_blank"
          rel="noreferrer noopener"
          aria-label={t('routineOpenProfileOf', contact.name)}
        >
          {t('openProfile')}
        </a>
      )}
    </span>
  );
}
