import { useState } from 'react';
import { getLanguage, t } from '@/lib/i18n';
import type { Resource } from '@/lib/schemas/library';
import { routeHref } from '../router';
import { formatDate } from './dates';
import { useFits } from './use-fits';
import { EditDeleteButtons } from '../EditDeleteButtons';

type Saved = Resource & { id: number };

/**
 * One resource; "Who it fits" asks the give-first engine only when opened,
 * so a library of thousands never computes matches for every row.
 */
export function ResourceItem({
  resource,
  onEdit,
  onDelete,
}: {
  resource: Saved;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const [open, setOpen] = useState(false);
  const fits = useFits(resource, open);
  const panelId = `fits-${resource.id}`;
  return (
    <li className="card resource">
      <h2>
        <a href={resource.url} target="_blank" rel="noreferrer noopener">
          {resource.title}
        </a>
      </h2>
      {resource.tags.length > 0 && (
        <ul className="tags" aria-label={t('dashTags')}>
          {resource.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {resource.note && <p className="muted">{resource.note}</p>}
      <p className="muted">{t('resAdded', formatDate(resource.addedAt))}</p>
      <div className="actions">
        <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {t('resWhoFits')}
        </button>
        <EditDeleteButtons name={resource.title} onEdit={onEdit} onDelete={onDelete} />
      </div>
      <div id={panelId} hidden={!open} aria-live="polite">
        {open && fits === undefined && <p className="muted">{t('resFitsLoading')}</p>}
        {open && fits?.length === 0 && (
          <p className="muted">{t(resource.tags.length ? 'resFitsNone' : 'resFitsNoTags')}</p>
        )}
        {open && !!fits?.length && (
          <ul aria-label={t('resFitsFor', resource.title)}>
            {fits.map((f) => (
              <li key={f.contact.id}>
                <a href={routeHref('contacts', [f.contact.id!])}>{f.contact.name}</a>{' '}
                <span className="muted">— {f.reason[getLanguage()]}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
