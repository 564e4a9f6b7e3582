import { memo } from 'react';
import { t } from '@/lib/i18n';
import type { ContactEntry } from '@/lib/search';
import { Avatar } from '../../Avatar';
import { PersonName } from '../../circle/PersonName';
import { routeHref } from '../router';
import { circleLabel } from './labels';
import { formatDate } from '@/lib/i18n/format';

/** One row of the contacts table: fixed height, so the virtualiser can place it without measuring. */
export const ContactRow = memo(function ContactRow({
  entry,
  rowIndex,
  selected,
  onToggle,
}: {
  entry: ContactEntry;
  rowIndex: number;
  selected: boolean;
  onToggle: (id: number) => void;
}) {
  return (
    <tr aria-rowindex={rowIndex + 2} aria-selected={selected} data-row={rowIndex} className="contact-row">
      {/* One cell for the checkbox and the link: the cell is "the person" for assistive tech and tests. */}
      <td className="col-name">
        {/* A flex line, not inline boxes: the cell's own ellipsis would replace the whole
            link (an atomic inline) with "…" as soon as a name did not fit. */}
        <div className="name-cell">
          <input
            type="checkbox"
            checked={selected}
            aria-label={t('bookSelectOne', entry.name)}
            onChange={() => onToggle(entry.id)}
          />
          <a href={routeHref('contacts', [entry.id])} className="contact-link">
            <Avatar name={entry.name} size={26} />
            <PersonName name={entry.name} />
          </a>
        </div>
      </td>
      <td className="col-company">{[entry.company, entry.position].filter(Boolean).join(' · ')}</td>
      <td className="col-circle">{circleLabel(entry.circle)}</td>
      <td className="col-tags">{entry.tags.join(', ')}</td>
      <td className="col-last">{entry.lastInteractionAt ? formatDate(entry.lastInteractionAt) : ''}</td>
    </tr>
  );
});
