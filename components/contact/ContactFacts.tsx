import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import type { Circle, Contact } from '@/lib/schemas/contact';
import { keepInTouchStatus } from './keep-in-touch';
import { relativeTime, shortDate } from './relative-time';
import { useNow } from './use-now';
import { useModule } from '../use-module';

// The routine's date rules (date-fns and time zones) load after first paint.
const loadRoutine = () => import('@/lib/routine');

const CIRCLE_LABEL: Record<Circle, MessageKey> = {
  close: 'panelCircleClose',
  active: 'panelCircleActive',
  acquaintance: 'panelCircleAcquaintance',
  dormant: 'panelCircleDormant',
};

/** Circle, tags, how you met, when you last talked, and whether it is time to reach out. */
export function ContactFacts({ contact }: { contact: Contact }) {
  const now = useNow();
  const settings = useLiveQuery(() => getSettings(getDb()), []);
  const routine = useModule(loadRoutine);
  const status =
    settings && routine
      ? keepInTouchStatus(
          routine.keepInTouchDueAt(contact, settings.cadenceDays, routine.resolveZone(settings.timeZone)),
          now,
        )
      : undefined;
  const met = contact.howWeMet;

  return (
    <dl className="facts">
      <dt>{t('panelCircleLabel')}</dt>
      <dd>{t(CIRCLE_LABEL[contact.circle])}</dd>
      <dt>{t('panelTagsLabel')}</dt>
      <dd>
        {contact.tags.length ? (
          <ul className="tags">
            {contact.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('panelNoTags')}</span>
        )}
      </dd>
      <dt>{t('panelHowWeMetLabel')}</dt>
      <dd>
        {met?.context ? (
          met.date ? (
            `${met.context} · ${shortDate(met.date)}`
          ) : (
            met.context
          )
        ) : (
          <span className="muted">{t('panelHowWeMetUnknown')}</span>
        )}
      </dd>
      <dt>{t('panelLastInteractionLabel')}</dt>
      <dd data-testid="last-interaction">
        {contact.lastInteractionAt === undefined ? (
          <span className="muted">{t('panelLastInteractionNever')}</span>
        ) : (
          relativeTime(contact.lastInteractionAt, now)
        )}
      </dd>
      <dt>{t('panelKeepInTouchLabel')}</dt>
      <dd data-testid="keep-in-touch">
        {status && (
          <span className={`kit kit-${status.kind}`}>
            {status.kind === 'none'
              ? t('panelKeepInTouchNone')
              : status.kind === 'fine'
                ? t('panelKeepInTouchFine', relativeTime(status.dueAt, now))
                : status.kind === 'due'
                  ? t('panelKeepInTouchDue')
                  : t('panelKeepInTouchOverdue', relativeTime(status.dueAt, now))}
          </span>
        )}
      </dd>
    </dl>
  );
}
