import { useState } from 'react';
import { getDb, resources } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { PageAccess } from './page-access';

type Outcome =
  | { kind: 'added'; title: string }
  | { kind: 'no-access' }
  | { kind: 'not-web' }
  | { kind: 'failed'; why: string };

/**
 * Save the page in the tab as a resource to share later. The tab's address
 * and title are read only on this click; on a site Guild has no host access
 * to, the browser shows them only after the user invoked Guild on that tab
 * (`activeTab`), so the panel says how.
 */
export function AddPageAsResource({ access, tabId }: { access: PageAccess; tabId: number }) {
  const [outcome, setOutcome] = useState<Outcome>();

  async function add() {
    const { url, title } = await access.pageInfo(tabId);
    if (!url) return setOutcome({ kind: 'no-access' });
    if (!/^https?:/.test(url)) return setOutcome({ kind: 'not-web' });
    const name = (title?.trim() || new URL(url).hostname).slice(0, 300);
    try {
      await resources.add(getDb(), { url, title: name, tags: [], addedAt: Date.now() });
      setOutcome({ kind: 'added', title: name });
    } catch (e) {
      setOutcome({ kind: 'failed', why: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <section aria-labelledby="add-resource-title">
      <h2 id="add-resource-title">{t('panelResourceTitle')}</h2>
      <button type="button" onClick={() => void add()}>
        {t('panelAddPageAsResource')}
      </button>
      <p role="status" className={outcome?.kind === 'added' ? 'ok' : outcome ? 'error' : undefined}>
        {outcome?.kind === 'added' && t('panelResourceAdded', outcome.title)}
        {outcome?.kind === 'no-access' && t('panelResourceNoAccess')}
        {outcome?.kind === 'not-web' && t('panelResourceNotWeb')}
        {outcome?.kind === 'failed' && t('saveFailed', outcome.why)}
      </p>
    </section>
  );
}
