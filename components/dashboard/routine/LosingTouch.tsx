import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { t } from '@/lib/i18n';
import { dueBy, loadKeepInTouch, resolveZone } from '@/lib/routine';
import { PersonLink } from '@/components/routine/PersonLink';

const DAY_MS = 86_400_000;
/** A first screenful; the rest on demand. */
const PAGE = 15;

/**
 * People whose keep-in-touch date has passed, the longest overdue first
 * (the routine's own due dates: their circle's cadence since the last
 * interaction). Reaching out to the first few is the week's best use of time.
 */
export function LosingTouch() {
  const [shown, setShown] = useState(PAGE);
  const [now] = useState(() => Date.now());
  const due = useLiveQuery(async () => {
    const db = getDb();
    const settings = await getSettings(db);
    return dueBy(await loadKeepInTouch(db, settings, resolveZone(settings.timeZone)), now);
  }, [now]);
  if (!due) return null;
  return (
    <section aria-labelledby="losing-touch-title">
      <h2 id="losing-touch-title">{t('routineLosingTouch')}</h2>
      {due.length === 0 ? (
        <p className="muted">{t('routineLosingTouchNone')}</p>
      ) : (
        <>
          <p className="muted">{t('routineLosingTouchCount', due.length)}</p>
          <ol className="routine-list">
            {due.slice(0, shown).map(({ item, dueAt }) => (
              <li key={item.id}>
                <PersonLink contact={item} />{' '}
                <span className="muted">
                  {t('routineOverdueDays', Math.max(1, Math.round((now - dueAt) / DAY_MS)))}
                </span>
              </li>
            ))}
          </ol>
          {due.length > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              {t('routineShowMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
