import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { contactsStartingWith, getDb } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import type { Contact } from '@/lib/schemas/contact';
import { duplicateCandidates, runQuery, type DuplicateReason } from '@/lib/search';
import { defaultSettings } from '@/lib/schemas/settings';
import { TypedConfirm } from '../data/TypedConfirm';
import { IndexLoadFailed } from './IndexLoadFailed';
import { useContactIndex } from './use-contact-index';

const DUP_REASON: Record<DuplicateReason, MessageKey> = {
  profile: 'personDupProfile',
  'name-company': 'personDupNameCompany',
  'name-other-site': 'personDupNameOtherSite',
};

const CTX = { now: 0, cadence: defaultSettings().cadenceDays };

/** Likely duplicates of a contact: same profile key, same name and company, or same name on another site (fetched by name prefix). */
async function suggestions(contact: Contact & { id: number }) {
  const db = getDb();
  const first = contact.name.split(/\s+/)[0] ?? contact.name;
  const [byName, byKey] = await Promise.all([
    contactsStartingWith(db, 'name', first).limit(500).toArray(),
    db.contacts.where('profileKeys').anyOf(contact.profileKeys).toArray(),
  ]);
  return duplicateCandidates(contact, [...byKey, ...byName.filter((c) => !byKey.some((k) => k.id === c.id))]);
}

/**
 * Merge another record into this one (two records for one person). Merging
 * cannot be undone, so it asks for a typed confirmation.
 */
export function MergeBox({ contact }: { contact: Contact & { id: number } }) {
  const found = useLiveQuery(() => suggestions(contact), [contact]);
  const { index, version, status: indexStatus, retry } = useContactIndex();
  const [query, setQuery] = useState('');
  const [otherId, setOtherId] = useState<number>();
  const [status, setStatus] = useState<string>();
  const matches = useMemo(
    () =>
      query.trim()
        ? runQuery(index.ordered('name'), { text: query }, CTX)
            .filter((e) => e.id !== contact.id)
            .slice(0, 8)
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` changes whenever the index does
    [index, version, query, contact.id],
  );
  const options = [
    ...(found ?? []).map((d) => ({
      id: d.contact.id!,
      name: d.contact.name,
      company: d.contact.company,
      why: d.reason,
    })),
    ...matches.map((e) => ({ id: e.id, name: e.name, company: e.company, why: undefined })),
  ].filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i);
  const other = options.find((o) => o.id === otherId);

  async function merge() {
    if (otherId === undefined) return;
    try {
      // Loaded on use: merging is rare, and the database code every page shares stays small.
      const { mergeContacts } = await import('@/lib/db/merge-contacts');
      await mergeContacts(getDb(), contact.id, otherId);
      setStatus(t('personMerged', other?.name ?? '', contact.name));
      setOtherId(undefined);
    } catch (e) {
      setStatus(t('personMergeFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  return (
    <section className="merge-box" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('personMergeTitle')}</h2>
      {found && found.length === 0 && <p className="muted">{t('personNoDuplicates')}</p>}
      <label className="field">
        <span>{t('personMergeSearch')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {/* Search by name reads the index: when it failed, the box says so rather than finding no one. */}
      {indexStatus.failed !== undefined && <IndexLoadFailed detail={indexStatus.failed} onRetry={retry} />}
      {options.length > 0 && (
        <fieldset>
          <legend>{t('personMergeChoose')}</legend>
          {options.map((o) => (
            <label key={o.id} className="check">
              <input
                type="radio"
                name="merge-other"
                checked={otherId === o.id}
                onChange={() => setOtherId(o.id)}
              />
              <span>
                {o.name}
                {o.company ? ` · ${o.company}` : ''}
                {o.why && <em className="muted"> — {t(DUP_REASON[o.why])}</em>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {other && (
        <TypedConfirm
          word={t('personMergeWord')}
          prompt={t('personMergePrompt', other.name, contact.name, t('personMergeWord'))}
          action={t('personMergeAction')}
          onConfirm={() => void merge()}
        />
      )}
      <p role="status">{status}</p>
    </section>
  );
}
