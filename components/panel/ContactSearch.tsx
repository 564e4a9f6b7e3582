import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, searchContactsByPrefix } from '@/lib/db';
import { t } from '@/lib/i18n';

/** Find a saved person by the start of their name or company, and open their profile. */
export function ContactSearch() {
  const id = useId();
  const [query, setQuery] = useState('');
  const results = useLiveQuery(() => searchContactsByPrefix(getDb(), query, 10), [query], []);
  const text = query.trim();
  return (
    <section aria-labelledby={`${id}-title`} className="search">
      <h2 id={`${id}-title`}>{t('panelSearchTitle')}</h2>
      <label htmlFor={`${id}-q`}>{t('panelSearchLabel')}</label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      {text && (
        <ul className="plain-list results" aria-label={t('panelSearchResults')}>
          {results.map((c) => {
            const profile = c.profiles[0];
            return (
              <li key={c.id}>
                {profile ? (
                  <a href={profile.url} target="_blank" rel="noreferrer">
                    {c.name}
                  </a>
                ) : (
                  <span>{c.name}</span>
                )}
                {c.company && <span className="muted"> · {c.company}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {text && results.length === 0 && <p className="muted">{t('panelSearchNoResults', text)}</p>}
    </section>
  );
}
