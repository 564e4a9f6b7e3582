import { t } from '@/lib/i18n';
import type { NetworkEvent } from '@/lib/schemas/library';
import { formatDate } from '../resources/dates';
import { routeHref } from '../router';
import { EventFollowUps } from './EventFollowUps';
import { EditDeleteButtons } from '../EditDeleteButtons';

type Saved = NetworkEvent & { id: number };

/** One event: when, where, who was met there and the follow-ups with them. */
export function EventCard({
  event,
  now,
  onEdit,
  onDelete,
}: {
  event: Saved;
  now: number;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const headingId = `event-${event.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <a href={routeHref('events', [event.id])}>{event.name}</a>
      </h3>
      <p>
        {formatDate(event.date)}
        {event.place && ` · ${event.place}`}
        {event.link && (
          <>
            {' · '}
            <a href={event.link} target="_blank" rel="noreferrer noopener">
              {t('eventPage')}
            </a>
          </>
        )}
      </p>
      {event.notes && <p className="muted">{event.notes}</p>}
      {event.contactIds.length === 0 ? (
        <p className="muted">{t(event.date > now ? 'eventNoOnePlanned' : 'eventNoOneMet')}</p>
      ) : (
        <EventFollowUps event={event} now={now} />
      )}
      <div className="actions">
        <EditDeleteButtons name={event.name} onEdit={onEdit} onDelete={onDelete} />
      </div>
    </article>
  );
}
