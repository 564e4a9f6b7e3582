import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { detectLanguage, loadLanguage, setLanguage, t } from '@/lib/i18n';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { DatabaseGate } from '@/components/DatabaseGate';
import '@/components/theme.css';

const language = detectLanguage(browser.i18n.getUILanguage());
document.documentElement.lang = language;

const root = document.getElementById('root');
// The browser's language is loaded before the first render, so nothing flashes in English.
void loadLanguage(language).then(() => {
  setLanguage(language);
  document.title = t('dashboardTitle');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <DatabaseGate>
        <DashboardApp />
      </DatabaseGate>
    </StrictMode>,
  );
});
