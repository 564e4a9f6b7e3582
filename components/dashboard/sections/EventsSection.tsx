import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, events, type Stored } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { NetworkEvent } from '@/lib/schemas/library';
import { routeHref, type Route } from '../router';
import { EventCard } from '../events/EventCard';
import { EventForm } from '../events/EventForm';
import { MonthCount } from '../events/MonthCount';
import { deleteWithUndo } from '../../undo/undo-store';
import { LibrarySection } from './LibrarySection';

type Saved = Stored<NetworkEvent>;

/**
 * Events past and planned, the people met at each and the follow-ups with
 * them, and this month's count against the cap. `#/events/<id>` shows one.
 */
export function EventsSection({ route }: { route: Route }) {
  const [editing, setEditing] = useState<Saved | 'new'>();
  const [now] = useState(() => Date.now());
  const all = useLiveQuery(() => events.sorted(getDb(), 'date'), []);
  const only = Number(route.rest[0]);
  const shown = all?.filter((e) => !only || e.id === only);
  const planned = shown?.filter((e) => e.date > now) ?? [];
  const past = shown?.filter((e) => e.date <= now).reverse() ?? [];

  const remove = (e: Saved) => deleteWithUndo(events, getDb(), e, t('dashDeleted', e.name));
  const card = (e: Saved) => (
    <EventCard key={e.id} event={e} now={now} onEdit={() => setEditing(e)} onDelete={() => void remove(e)} />
  );

  return (
    <LibrarySection
      title={t('navEvents')}
      intro={t('eventIntro')}
      afterIntro={<MonthCount now={now} />}
      addLabel={t('eventAdd')}
      editing={editing}
      onAdd={() => setEditing('new')}
      form={(initial) => <EventForm initial={initial} onDone={() => setEditing(undefined)} />}
      empty={all?.length === 0 && { text: t('eventEmpty'), how: t('eventEmptyHow') }}
    >
      {!!only && (
        <p>
          <a href={routeHref('events')}>{t('eventAll')}</a>
        </p>
      )}
      {planned.length > 0 && (
        <section aria-labelledby="events-planned">
          <h2 id="events-planned">{t('eventPlanned')}</h2>
          <div className="cards">{planned.map(card)}</div>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="events-past">
          <h2 id="events-past">{t('eventPast')}</h2>
          <div className="cards">{past.map(card)}</div>
        </section>
      )}
    </LibrarySection>
  );
}
