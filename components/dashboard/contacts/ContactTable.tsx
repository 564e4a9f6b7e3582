import { useRef, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import type { ContactEntry, SortKey } from '@/lib/search';
import { ContactRow } from './ContactRow';
import { scrollRowIntoView, useRowWindow } from './use-row-window';

/** Rows are one line high: the virtualiser places them without measuring. */
const ROW_HEIGHT = 44;

const COLUMNS: { key?: SortKey; label: MessageKey; className: string }[] = [
  { key: 'name', label: 'columnName', className: 'col-name' },
  { key: 'company', label: 'bookColumnCompany', className: 'col-company' },
  { label: 'bookColumnCircle', className: 'col-circle' },
  { label: 'bookColumnTags', className: 'col-tags' },
  { key: 'lastInteraction', label: 'bookColumnLast', className: 'col-last' },
];

interface ContactTableProps {
  rows: readonly ContactEntry[];
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onToggleAll: () => void;
  sort: SortKey;
  descending: boolean;
  onSort: (key: SortKey) => void;
}

/**
 * The contacts table, windowed: only the rows in view (plus a few) are in
 * the DOM, between two spacer rows, so 100,000 people scroll like 30.
 * Arrow keys move between people's links, scrolling as they go.
 */
export function ContactTable(props: ContactTableProps) {
  const { rows, selected, sort, descending } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const { first, last, top, bottom } = useRowWindow(scroller, rows.length, ROW_HEIGHT);
  const allSelected =
    rows.length > 0 && selected.size >= rows.length && rows.every((r) => selected.has(r.id));

  function onKeyDown(event: KeyboardEvent) {
    const row = (event.target as HTMLElement).closest('tr')?.dataset.row;
    if (row === undefined || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const next = Number(row) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= rows.length) return;
    event.preventDefault();
    if (scroller.current) scrollRowIntoView(scroller.current, next, ROW_HEIGHT);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`tr[data-row="${next}"] .contact-link`)?.focus(),
    );
  }

  return (
    <div ref={scroller} className="contact-table-scroll" onKeyDown={onKeyDown}>
      <table className="contact-table" aria-rowcount={rows.length + 1} aria-label={t('bookTableLabel')}>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((col) => (
              <th
                key={col.label}
                scope="col"
                className={col.className}
                aria-sort={col.key === sort ? (descending ? 'descending' : 'ascending') : undefined}
              >
                {col.key === 'name' && (
                  <input
                    type="checkbox"
                    checked={allSelected}
                    onChange={props.onToggleAll}
                    aria-label={t('bookSelectAll', rows.length)}
                  />
                )}
                {col.key ? (
                  <button type="button" className="sort-button" onClick={() => props.onSort(col.key!)}>
                    {t(col.label)}
                    <span aria-hidden="true">{col.key === sort ? (descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                ) : (
                  t(col.label)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <Spacer height={top} />}
          {rows.slice(first, last).map((entry, i) => (
            <ContactRow
              key={entry.id}
              entry={entry}
              rowIndex={first + i}
              selected={selected.has(entry.id)}
              onToggle={props.onToggle}
            />
          ))}
          {bottom > 0 && <Spacer height={bottom} />}
        </tbody>
      </table>
    </div>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="spacer" style={{ height }}>
      <td colSpan={COLUMNS.length} />
    </tr>
  );
}
