import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, opportunities, type Stored } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Opportunity } from '@/lib/schemas/library';
import { routeHref, type Route } from '../router';
import { OpportunityForm } from '../opportunities/OpportunityForm';
import { OpportunityList } from '../opportunities/OpportunityList';
import { KIND_LABELS } from '../opportunities/kinds';
import { deleteWithUndo } from '../../undo/undo-store';
import { UndoToast } from '../../undo/UndoToast';

type Saved = Stored<Opportunity>;

/**
 * What the network brought (jobs, missions, talks, mentoring…), the figures
 * Impact counts. `#/opportunities?from=<contactId>` opens the form with that
 * person as the source.
 */
export function OpportunitiesSection({ route }: { route: Route }) {
  const fromParam = Number(route.query.get('from'));
  const from = Number.isInteger(fromParam) && fromParam > 0 ? fromParam : undefined;
  const [editing, setEditing] = useState<Saved | 'new' | undefined>(from ? 'new' : undefined);
  const items = useLiveQuery(() => opportunities.sorted(getDb(), 'date', { reverse: true }), []);

  const close = () => {
    setEditing(undefined);
    // Drop `?from=` so a reload or the back button does not open the form again.
    if (from) location.hash = routeHref('opportunities');
  };
  const remove = (o: Saved) =>
    deleteWithUndo(opportunities, getDb(), o, t('dashDeleted', o.title ?? t(KIND_LABELS[o.kind])));

  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navOpportunities')}</h1>
      <p className="muted">{t('oppIntro')}</p>
      {editing === undefined && (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('oppAdd')}
        </button>
      )}
      {editing !== undefined && (
        <OpportunityForm
          key={editing === 'new' ? `new-${from ?? ''}` : editing.id}
          initial={editing === 'new' ? undefined : editing}
          from={from}
          onDone={close}
        />
      )}
      <UndoToast />
      {items?.length === 0 && editing === undefined && (
        <div className="empty-state">
          <p>{t('oppEmpty')}</p>
          <p className="muted">{t('oppEmptyHow')}</p>
        </div>
      )}
      {!!items?.length && (
        <OpportunityList items={items} onEdit={setEditing} onDelete={(o) => void remove(o)} />
      )}
    </section>
  );
}
