import { Fragment, lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/schemas/contact';
import type { EditableFact } from './contact-edits';
import { ADD_LABEL, CIRCLE_LABEL, EDIT_LABEL, FACT_LABEL } from './fact-labels';
import { keepInTouchStatus } from './keep-in-touch';
import { relativeTime, shortDate } from './relative-time';
import { useNow } from './use-now';
import { useModule } from '../use-module';

// The routine's date rules (date-fns and time zones) load after first paint.
const loadRoutine = () => import('@/lib/routine');

// The editor loads when a fact is edited: the panel's first paint does not carry it.
const FactEditor = lazy(() => import('./FactEditor').then((m) => ({ default: m.FactEditor })));

const LISTS = ['tags', 'interests', 'projects', 'needs', 'offers'] as const;

/** Which fact is open for editing, and how to open or close one (the panel edits in place; the dashboard has its form). */
export interface FactEditing {
  open: EditableFact | undefined;
  onEdit: (fact: EditableFact | undefined) => void;
}

/**
 * Circle, tags, interests, projects, needs and offers (each editable in place
 * when `editing` is given), how you met, when you last talked, and whether it
 * is time to reach out.
 */
export function ContactFacts({ contact, editing }: { contact: Contact; editing?: FactEditing }) {
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
  const buttons = useRef(new Map<EditableFact, HTMLButtonElement>());
  // Back from an editor (saved, cancelled or Escape), the keyboard is on the button that opened it.
  const wasOpen = useRef<EditableFact | undefined>(undefined);
  const open = editing?.open;
  useEffect(() => {
    if (wasOpen.current && !open) buttons.current.get(wasOpen.current)?.focus();
    wasOpen.current = open;
  }, [open]);

  /** A fact's value, its Edit (or Add) button, or its editor in its place. */
  const fact = (name: EditableFact, value: ReactNode, empty: boolean) => {
    const id = contact.id;
    if (editing && open === name && id !== undefined) {
      return (
        <dd>
          <Suspense fallback={null}>
            <FactEditor contact={{ ...contact, id }} fact={name} onDone={() => editing.onEdit(undefined)} />
          </Suspense>
        </dd>
      );
    }
    const add = empty && name !== 'circle';
    return (
      <dd>
        {empty ? <span className="muted">{t('panelNoneYet')}</span> : value}
        {editing && (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              aria-label={t(add ? ADD_LABEL[name as Exclude<EditableFact, 'circle'>] : EDIT_LABEL[name])}
              ref={(el) => {
                if (el) buttons.current.set(name, el);
                else buttons.current.delete(name);
              }}
              onClick={() => editing.onEdit(name)}
            >
              {t(add ? 'panelAdd' : 'panelEdit')}
            </button>
          </>
        )}
      </dd>
    );
  };

  return (
    <dl className="facts" data-testid="contact-facts">
      <dt>{t('panelCircleLabel')}</dt>
      {fact('circle', t(CIRCLE_LABEL[contact.circle]), false)}
      {LISTS.map((name) => {
        const items = contact[name];
        // Read-only (the dashboard), an empty list other than tags is not worth a line.
        if (!editing && name !== 'tags' && items.length === 0) return null;
        return (
          <Fragment key={name}>
            <dt>{t(FACT_LABEL[name])}</dt>
            {fact(
              name,
              <ul className="tags" data-testid={`fact-${name}`}>
                {items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>,
              items.length === 0,
            )}
          </Fragment>
        );
      })}
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
