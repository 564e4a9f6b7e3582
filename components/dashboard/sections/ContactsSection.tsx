import { t } from '@/lib/i18n';
import type { Route } from '../router';
import { ContactList } from '../ContactList';
import { ContactPage } from '../contacts/ContactPage';
import { UndoToast } from '../../undo/UndoToast';

/** The address book (`#/contacts`) and one person's page (`#/contacts/<id>`). */
export function ContactsSection({ route }: { route: Route }) {
  const id = Number(route.rest[0]);
  return (
    <section aria-labelledby="section-title">
      {Number.isInteger(id) && id > 0 ? (
        <ContactPage id={id} />
      ) : (
        <>
          <h1 id="section-title">{t('navContacts')}</h1>
          <ContactList />
        </>
      )}
      <UndoToast />
    </section>
  );
}
