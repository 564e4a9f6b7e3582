import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { detectLanguage, setLanguage, t } from '@/lib/i18n';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { DatabaseGate } from '@/components/DatabaseGate';
import '@/components/theme.css';

const language = detectLanguage(browser.i18n.getUILanguage());
setLanguage(language);
document.documentElement.lang = language;
document.title = t('dashboardTitle');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DatabaseGate>
        <DashboardApp />
      </DatabaseGate>
    </StrictMode>,
  );
}
