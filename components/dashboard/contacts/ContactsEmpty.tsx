import { t } from '@/lib/i18n';
import { routeHref } from '../router';

/** What a new user sees with nobody saved: the two ways to start. */
export function ContactsEmpty() {
  return (
    <div className="empty-state">
      <h2>{t('bookEmptyTitle')}</h2>
      <ol>
        <li>{t('bookEmptyStepSave')}</li>
        <li>
          {t('bookEmptyStepImport')} <a href={routeHref('data')}>{t('bookEmptyImportLink')}</a>
        </li>
      </ol>
    </div>
  );
}
