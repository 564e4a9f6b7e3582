import { t } from '@/lib/i18n';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { mountApp } from '@/components/mount';
import '@/components/theme.css';

mountApp(
  () => <DashboardApp />,
  () => {
    document.title = t('dashboardTitle');
  },
);
