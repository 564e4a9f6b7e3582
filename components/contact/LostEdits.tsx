import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import type { LostEdit } from '@/lib/sync';

/** The contact fields a lost edit is shown for, with their labels (the edit form's). */
const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'personFieldName',
  headline: 'personFieldHeadline',
  company: 'personFieldCompany',
  position: 'personFieldPosition',
  location: 'personFieldLocation',
  email: 'personFieldEmail',
  tags: 'personFieldTags',
  interests: 'personFieldInterests',
  projects: 'personFieldProjects',
  needs: 'personFieldNeeds',
  offers: 'personFieldOffers',
  notes: 'personFieldNotes',
};

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value === undefined || value === null ? '' : String(value);
}

/**
 * With sync on: the values another device gave a field that this contact's
 * later edit replaced (the same field edited on two devices). Nothing is
 * lost silently: the user sees what the other device said. Renders nothing
 * when there is none.
 */
export function LostEdits({ contactId }: { contactId: number }) {
  const lost = useLiveQuery(
    async () =>
      (await getDb().syncRecords.where('[table+localId]').equals(['contacts', contactId]).first())?.doc
        .lost ?? [],
    [contactId],
    [] as LostEdit[],
  );
  const listed = lost.filter((edit) => FIELD_LABELS[edit.field] !== undefined);
  if (listed.length === 0) return null;
  return (
    <section aria-labelledby="lost-edits-title" className="lost-edits">
      <h2 id="lost-edits-title">{t('syncLostEditsTitle')}</h2>
      <ul className="plain">
        {listed.map((edit) => (
          <li key={`${edit.t}/${edit.field}`}>
            {t('syncLostEdit', t(FIELD_LABELS[edit.field]!), shown(edit.v))}
          </li>
        ))}
      </ul>
    </section>
  );
}
