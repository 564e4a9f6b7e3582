import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { communities as communityStore, events as eventStore, getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { CircleSchema } from '@/lib/schemas/contact';
import type { ContactFilter } from '@/lib/search';
import { useContactIndex } from './use-contact-index';
import { formatDate } from '@/lib/i18n/format';
import { CircleOptions } from './CircleOptions';

const number = (value: string) => (value === '' ? undefined : Number(value));

/** The search box and the filters above the table. */
export function ContactFilters({
  filter,
  onChange,
}: {
  filter: ContactFilter;
  onChange: (filter: ContactFilter) => void;
}) {
  const { index, version, status } = useContactIndex();
  const tags = useMemo(
    () => (status.loading ? [] : index.tagCounts().slice(0, 300)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` changes whenever the index does
    [index, version, status.loading],
  );
  const communities = useLiveQuery(() => communityStore.sorted(getDb(), 'name'), [], []);
  const events = useLiveQuery(
    () => eventStore.sorted(getDb(), 'date', { reverse: true, limit: 300 }),
    [],
    [],
  );
  const set = (patch: Partial<ContactFilter>) => onChange({ ...filter, ...patch });

  return (
    <div className="contact-filters" role="search">
      <label className="search-field">
        <span>{t('bookSearch')}</span>
        <input
          type="search"
          value={filter.text}
          placeholder={t('bookSearchPlaceholder')}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <label>
        <span>{t('bookFilterCircle')}</span>
        <select
          value={filter.circle ?? ''}
          onChange={(e) => set({ circle: CircleSchema.safeParse(e.target.value).data })}
        >
          <option value="">{t('bookFilterAny')}</option>
          <CircleOptions />
        </select>
      </label>
      <label>
        <span>{t('bookFilterTag')}</span>
        <select value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
          <option value="">{t('bookFilterAny')}</option>
          {tags.map(([tag, count]) => (
            <option key={tag} value={tag}>
              {tag} ({count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('bookFilterCommunity')}</span>
        <select
          value={filter.communityId ?? ''}
          onChange={(e) => set({ communityId: number(e.target.value) })}
        >
          <option value="">{t('bookFilterAny')}</option>
          {communities.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('bookFilterEvent')}</span>
        <select value={filter.eventId ?? ''} onChange={(e) => set({ eventId: number(e.target.value) })}>
          <option value="">{t('bookFilterAny')}</option>
          {events.map((ev) => (
            <option key={ev.id} value={ev.id}>
              {ev.name} ({formatDate(ev.date)})
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.due === true}
          onChange={(e) => set({ due: e.target.checked })}
        />
        <span>{t('bookFilterDue')}</span>
      </label>
    </div>
  );
}
