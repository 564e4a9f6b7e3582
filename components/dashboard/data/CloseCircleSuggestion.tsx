import { useEffect, useId, useState } from 'react';
import { getDb, searchContactsByPrefix } from '@/lib/db';
import { t, tCount } from '@/lib/i18n';
import {
  confirmCloseCircle,
  PRECHECKED,
  suggestCloseCircle,
  type CloseCircleCandidate,
} from '@/lib/routine/close-circle';
import type { Contact } from '@/lib/schemas/contact';
import { routeHref } from '../router';

type Person = { contact: Contact & { id: number }; messages?: number };

/**
 * One screen to set the close circle on day one: the people the user
 * exchanged the most messages with over 12 months, the first few checked;
 * uncheck, or search and add someone else, then confirm. Monday's routine
 * list is read from the close circle.
 */
export function CloseCircleSuggestion({ now }: { now?: number }) {
  const id = useId();
  const [people, setPeople] = useState<Person[]>();
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Contact[]>([]);
  const [done, setDone] = useState<number>();

  useEffect(() => {
    let live = true;
    void suggestCloseCircle(getDb(), now ?? Date.now()).then((candidates: CloseCircleCandidate[]) => {
      if (!live) return;
      setPeople(candidates);
      setChecked(
        new Set(
          candidates
            .filter((c, i) => i < PRECHECKED || c.contact.circle === 'close')
            .map((c) => c.contact.id),
        ),
      );
    });
    return () => {
      live = false;
    };
  }, [now]);

  useEffect(() => {
    let live = true;
    void searchContactsByPrefix(getDb(), query, 8).then((results) => live && setFound(results));
    return () => {
      live = false;
    };
  }, [query]);

  if (!people) return null;

  const toggle = (contactId: number, on: boolean) =>
    setChecked((before) => {
      const next = new Set(before);
      if (on) next.add(contactId);
      else next.delete(contactId);
      return next;
    });

  function add(contact: Contact) {
    if (contact.id === undefined) return;
    const contactId = contact.id;
    setPeople((before) =>
      before?.some((p) => p.contact.id === contactId)
        ? before
        : [...(before ?? []), { contact: contact as Contact & { id: number } }],
    );
    toggle(contactId, true);
    setQuery('');
  }

  async function confirm() {
    const shown = (people ?? []).map((p) => p.contact.id);
    await confirmCloseCircle(getDb(), [...checked], shown);
    setDone(checked.size);
  }

  return (
    <section className="close-circle" aria-labelledby={`${id}-title`} data-testid="close-circle">
      <h3 id={`${id}-title`}>{t('closeCircleTitle')}</h3>
      <p className="muted">{t('closeCircleHow')}</p>
      {people.length === 0 && <p className="muted">{t('closeCircleEmpty')}</p>}
      <ul className="plain-list candidates">
        {people.map(({ contact, messages }) => (
          <li key={contact.id}>
            <label>
              <input
                type="checkbox"
                checked={checked.has(contact.id)}
                onChange={(e) => toggle(contact.id, e.target.checked)}
              />
              <span>{contact.name}</span>
              {messages !== undefined && (
                <span className="muted">
                  {tCount(messages, 'closeCircleMessagesOne', 'closeCircleMessages')}
                </span>
              )}
            </label>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-search`}>{t('closeCircleSearch')}</label>{' '}
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        placeholder={t('closeCircleSearchPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
      />
      {found.length > 0 && (
        <ul className="plain-list">
          {found.map((contact) => (
            <li key={contact.id}>
              <button type="button" className="link-button" onClick={() => add(contact)}>
                {t('closeCircleAdd', contact.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void confirm()}>
          {t('closeCircleConfirm', checked.size)}
        </button>
      </div>
      {done !== undefined && (
        <p role="status">
          {t('closeCircleDone', done)}{' '}
          <a href={routeHref('routine', ['monday'])}>{t('closeCircleSeeMonday')}</a>
        </p>
      )}
    </section>
  );
}
