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
import { LibrarySection } from './LibrarySection';

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
    <LibrarySection
      title={t('navOpportunities')}
      intro={t('oppIntro')}
      addLabel={t('oppAdd')}
      editing={editing}
      onAdd={() => setEditing('new')}
      // A new `from` (another contact's link) is a new form.
      form={(initial) => <OpportunityForm key={from ?? ''} initial={initial} from={from} onDone={close} />}
      empty={items?.length === 0 && { text: t('oppEmpty'), how: t('oppEmptyHow') }}
    >
      {!!items?.length && (
        <OpportunityList items={items} onEdit={setEditing} onDelete={(o) => void remove(o)} />
      )}
    </LibrarySection>
  );
}
