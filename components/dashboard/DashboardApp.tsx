import { t } from '@/lib/i18n';
import { ContactList } from './ContactList';

/** The dashboard shell; sections arrive with the dashboard issue. */
export function DashboardApp() {
  return (
    <main className="dashboard">
      <h1>{t('dashboardTitle')}</h1>
      <ContactList />
    </main>
  );
}
