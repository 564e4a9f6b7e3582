import { useCallback, useMemo, useState } from 'react';
import { t } from '@/lib/i18n';
import type { ContactFilter, SortKey } from '@/lib/search';
import { BulkBar } from './contacts/BulkBar';
import { ContactFilters } from './contacts/ContactFilters';
import { ContactTable } from './contacts/ContactTable';
import { ContactsEmpty } from './contacts/ContactsEmpty';
import { IndexLoadFailed } from './contacts/IndexLoadFailed';
import { DEFAULT_VIEW, useContactResults, type TableView } from './contacts/use-contact-results';

/** The view survives a visit to a contact's page and back (the list unmounts meanwhile). */
let lastView: TableView = DEFAULT_VIEW;

/** The address book: search, filters, sort, multi-select with bulk actions, virtualised rows. */
export function ContactList() {
  const [view, setViewState] = useState(lastView);
  const setView = (next: TableView) => {
    lastView = next;
    setViewState(next);
  };
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const { rows, total, status, retry } = useContactResults(view);

  const onToggle = useCallback((id: number) => {
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const onToggleAll = () =>
    setSelected((s) =>
      rows.length && rows.every((r) => s.has(r.id)) ? new Set() : new Set(rows.map((r) => r.id)),
    );
  const onSort = (key: SortKey) =>
    setView({ ...view, sort: key, descending: key === view.sort ? !view.descending : false });
  const selectedIds = useMemo(() => [...selected], [selected]);

  // A failed read is said in words, with a way to try again: never "Loading…" forever, never "no contacts".
  if (status.failed !== undefined) {
    return <IndexLoadFailed detail={status.failed} onRetry={retry} />;
  }
  if (!status.loading && total === 0) return <ContactsEmpty />;
  return (
    <>
      <ContactFilters
        filter={view.filter}
        onChange={(filter: ContactFilter) => setView({ ...view, filter })}
      />
      <p className="muted" role="status" data-testid="contacts-count">
        {status.loading
          ? t('bookLoading', status.loaded)
          : rows.length === total
            ? t('bookCountAll', total)
            : t('bookCountMatching', rows.length, total)}
      </p>
      {selectedIds.length > 0 && (
        <BulkBar ids={selectedIds} onDone={(clear) => clear && setSelected(new Set())} />
      )}
      {rows.length === 0 && !status.loading ? (
        <p className="empty-results">{t('bookNoMatch')}</p>
      ) : (
        <ContactTable
          rows={rows}
          selected={selected}
          onToggle={onToggle}
          onToggleAll={onToggleAll}
          sort={view.sort}
          descending={view.descending}
          onSort={onSort}
        />
      )}
    </>
  );
}
