import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import { loadWednesdayList, type WednesdayReason } from '@/lib/routine';
import { PersonLink } from './PersonLink';
import { RoutineList } from './RoutineList';

const NEWS: Record<'headline' | 'company' | 'position', MessageKey> = {
  headline: 'routineNewsHeadline',
  company: 'routineNewsCompany',
  position: 'routineNewsPosition',
};

function reasonText(reason: WednesdayReason): string {
  if (reason.kind === 'news')
    return reason.to ? `${t(NEWS[reason.field])}: ${reason.to}` : t(NEWS[reason.field]);
  const label = t(reason.kind === 'success' ? 'routineSuccess' : 'routineChallenge');
  return reason.topic ? `${label}: ${reason.topic}` : label;
}

/** Wednesday: people with news or a success or challenge logged — congratulate or help. */
export function WednesdayList() {
  const items = useLiveQuery(() => loadWednesdayList(getDb(), Date.now()), []);
  return (
    <RoutineList
      items={items}
      empty={{ text: 'routineWednesdayEmpty', link: 'routineOpenContacts', href: '#/contacts' }}
      keyOf={({ contact }) => contact.id!}
      row={({ contact, reasons }) => (
        <>
          <PersonLink contact={contact} />
          <ul>
            {reasons.map((reason) => (
              <li key={`${reason.kind}:${reason.at}`}>{reasonText(reason)}</li>
            ))}
          </ul>
        </>
      )}
    />
  );
}
