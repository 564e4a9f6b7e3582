import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { contactsStartingWith, getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { routeHref } from '../router';

/** Names shown while typing: a handful is enough to pick from, and the index answers at once. */
const SUGGESTIONS = 8;

/**
 * Pick one person from the address book by the start of their name. Reads
 * through the `name` index, so it stays instant with 100,000 contacts.
 */
export function ContactPicker({
  label,
  onPick,
  exclude = [],
}: {
  label: string;
  onPick: (id: number) => void;
  exclude?: readonly number[];
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useLiveQuery(async () => {
    const q = query.trim();
    if (!q) return [];
    const found = await contactsStartingWith(getDb(), 'name', q)
      .limit(SUGGESTIONS + exclude.length)
      .toArray();
    return found.filter((c) => !exclude.includes(c.id!)).slice(0, SUGGESTIONS);
  }, [query, exclude.join(',')]);
  return (
    <div className="contact-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={query}
        autoComplete="off"
        placeholder={t('dashPickerPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() !== '' && (
        <ul className="picker-results" aria-label={t('dashPickerResults')}>
          {matches?.length === 0 && <li className="muted">{t('dashPickerNone')}</li>}
          {matches?.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                onClick={() => {
                  onPick(c.id!);
                  setQuery('');
                }}
              >
                {c.name}
                {c.company ? ` · ${c.company}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A contact's name as a link to their page, read live (an ellipsis while loading, and once they are gone). */
export function ContactName({ id }: { id: number }) {
  const contact = useLiveQuery(() => getDb().contacts.get(id), [id]);
  if (contact === undefined) return <span className="muted">…</span>;
  return <a href={routeHref('contacts', [id])}>{contact.name}</a>;
}
