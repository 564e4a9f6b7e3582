import { t } from '@/lib/i18n';
import type { Route } from '../router';
import { ContactList } from '../ContactList';

/** The address book: every saved person. */
export function ContactsSection(_props: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navContacts')}</h1>
      <ContactList />
    </section>
  );
}
