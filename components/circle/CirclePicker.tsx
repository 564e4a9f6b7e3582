import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { contactsStartingWith, editContact, getDb, recentContacts } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/schemas/contact';
import { PersonName } from './PersonName';
import { ErrorAlert } from '../ErrorAlert';

/** How many people the picker lists at once: a search narrows it. */
const SHOWN = 30;
/** The guide's close circle: 5 to 15 people. */
export const CLOSE_MIN = 5;
export const CLOSE_MAX = 15;

async function candidates(query: string): Promise<Contact[]> {
  const db = getDb();
  const text = query.trim();
  const close = await db.contacts
    .where('circle')
    .equals('close')
    .limit(CLOSE_MAX * 2)
    .toArray();
  const found = text
    ? await contactsStartingWith(db, 'name', text).limit(SHOWN).toArray()
    : await recentContacts(db, SHOWN);
  // Without a search, the people already chosen come first; with one, only what matches.
  const list = text ? found : [...close, ...found.filter((c) => c.circle !== 'close')];
  return list.slice(0, SHOWN);
}

/**
 * Choose the close circle from the people already saved or imported: a
 * search by name and a checkbox per person, saved at once. Unticking puts
 * the person back among acquaintances (the circle Guild gives by default).
 * `level`: its heading's level where it sits (an h2 on the welcome page, an
 * h3 under Monday's list).
 */
export function CirclePicker({ level = 3 }: { level?: 2 | 3 } = {}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const id = useId();
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string>();
  const people = useLiveQuery(() => candidates(query), [query]);
  const count = useLiveQuery(() => getDb().contacts.where('circle').equals('close').count(), [], 0);

  async function toggle(contact: Contact, close: boolean) {
    if (contact.id === undefined) return;
    setError(undefined);
    try {
      await editContact(getDb(), contact.id, (c) => ({
        ...c,
        circle: close ? 'close' : 'acquaintance',
        updatedAt: Date.now(),
      }));
    } catch (e) {
      setError(t('saveFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  return (
    <div className="circle-picker" role="group" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{t('circlePickerTitle')}</Heading>
      <p className="muted">{t('circlePickerHint', CLOSE_MIN, CLOSE_MAX)}</p>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('circlePickerSearch')}</label>
        <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p role="status" className="muted">
        {t('circlePickerCount', count)}
      </p>
      {people && people.length === 0 && (
        <p className="muted">{query.trim() ? t('circlePickerNoMatch') : t('circlePickerNobody')}</p>
      )}
      <ul className="plain-list circle-picker-list">
        {people?.map((c) => (
          <li key={c.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={c.circle === 'close'}
                onChange={(e) => void toggle(c, e.target.checked)}
              />
              <PersonName name={c.name} />
              {c.company && <span className="muted"> · {c.company}</span>}
            </label>
          </li>
        ))}
      </ul>
      <ErrorAlert text={error} />
    </div>
  );
}
