import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { detectLanguage, loadLanguage, setLanguage } from '@/lib/i18n';
import { openDatabase, type OpenResult } from '@/lib/db';
import { DatabaseGate } from './DatabaseGate';
import { SyncNudge } from './SyncNudge';

/**
 * Start a Guild page (side panel, dashboard): the browser's language is
 * loaded before the first render, so nothing flashes in English; then
 * `beforeRender` (e.g. the page title), then the app behind the database gate.
 */
export function mountApp(app: () => ReactNode, beforeRender?: () => void): void {
  // The database opens while the language loads and React starts; the gate's first look takes
  // this opening, a "Try again" opens anew.
  let opening: Promise<OpenResult> | undefined = openDatabase();
  const open = () => {
    const first = opening;
    opening = undefined;
    return first ?? openDatabase();
  };
  const language = detectLanguage(browser.i18n.getUILanguage());
  document.documentElement.lang = language;
  const root = document.getElementById('root');
  void loadLanguage(language).then(() => {
    setLanguage(language);
    beforeRender?.();
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <DatabaseGate open={open}>
          {app()}
          <SyncNudge />
        </DatabaseGate>
      </StrictMode>,
    );
  });
}
