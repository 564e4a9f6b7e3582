import { useState } from 'react';
import { t } from '@/lib/i18n';

/**
 * Guild may not read this tab (Chrome's "site access: on click", Firefox's
 * add-on permissions): say so, never "not a profile", and offer the one
 * button that asks the browser for access to LinkedIn and X. `request` must
 * reach `permissions.request` synchronously (the click is the user gesture).
 */
export function SiteAccess({ request }: { request: () => Promise<boolean> }) {
  const [refused, setRefused] = useState(false);
  return (
    <section aria-labelledby="site-access-title" className="site-access">
      <h1 id="site-access-title">{t('siteAccessTitle')}</h1>
      <p>{t('siteAccessBody')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            // No await before the request: it must run inside the click.
            void request().then((granted) => setRefused(!granted));
          }}
        >
          {t('siteAccessAllow')}
        </button>
      </div>
      {refused && (
        <p role="alert" className="muted">
          {t('siteAccessRefused')}
        </p>
      )}
    </section>
  );
}
