import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, recentContacts } from '@/lib/db';
import { t } from '@/lib/i18n';

/** Saved contacts, newest first. */
export function ContactList() {
  const contacts = useLiveQuery(() => recentContacts(getDb(), 500), []);
  if (!contacts) return null;
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('contactsTitle')}</h2>
      {contacts.length === 0 ? (
        <p className="muted">{t('contactsEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('columnName')}</th>
              <th scope="col">{t('columnHeadline')}</th>
              <th scope="col">{t('columnProfile')}</th>
              <th scope="col">{t('columnSaved')}</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{c.headline}</td>
                <td>
                  {c.profiles[0] && (
                    <a href={c.profiles[0].url} target="_blank" rel="noreferrer noopener">
                      {c.profiles[0].site === 'x' ? t('siteX') : t('siteLinkedIn')}
                    </a>
                  )}
                </td>
                <td>{new Date(c.createdAt).toLocaleDateString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
