import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { detectLanguage, loadLanguage, setLanguage } from '@/lib/i18n';
import { PanelApp } from '@/components/panel/PanelApp';
import { DatabaseGate } from '@/components/DatabaseGate';
import { createBrowserPageAccess } from './page-access';
import '@/components/theme.css';

const language = detectLanguage(browser.i18n.getUILanguage());
document.documentElement.lang = language;

// `?tab=<id>` pins the panel to one tab (pop-out window, tests); otherwise it
// follows the active tab of its window.
const pinned = Number(new URLSearchParams(location.search).get('tab'));
const root = document.getElementById('root');
// The browser's language is loaded before the first render, so nothing flashes in English.
void loadLanguage(language).then(() => {
  setLanguage(language);
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <DatabaseGate>
        <PanelApp
          access={createBrowserPageAccess(Number.isInteger(pinned) && pinned > 0 ? pinned : undefined)}
        />
      </DatabaseGate>
    </StrictMode>,
  );
});
