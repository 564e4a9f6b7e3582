import { checklist, toggleAction } from '@/lib/communities';
import { communities, getDb } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import type { Community } from '@/lib/schemas/library';

/** The guide's concrete actions for the community's current phase, as a checklist saved as it is ticked. */
export function PhaseChecklist({ community }: { community: Community & { id: number } }) {
  const lang = getLanguage();
  const items = checklist(community);
  const done = items.filter((a) => a.done).length;
  return (
    <fieldset className="phase-checklist">
      <legend>{t('commChecklist', done, items.length)}</legend>
      <ul>
        {items.map((a) => (
          <li key={a.id}>
            <label>
              <input
                type="checkbox"
                checked={a.done}
                onChange={() =>
                  void communities.update(getDb(), community.id, {
                    doneActions: toggleAction(community.doneActions, a.id),
                  })
                }
              />{' '}
              {a.text[lang]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
