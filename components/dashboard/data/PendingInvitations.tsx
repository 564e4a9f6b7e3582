import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { formatDate } from '@/lib/i18n/format';
import type { PendingInvitation } from '@/lib/schemas/invitation';

/** The user dealt with it (on LinkedIn): it leaves the list, and a later import leaves it out. */
function markDone(invitation: PendingInvitation) {
  if (invitation.id !== undefined) void getDb().invitations.update(invitation.id, { doneAt: Date.now() });
}

/** Open invitations of one way, newest first; each opens the person's profile or is marked done. */
function InvitationList({ title, items }: { title: string; items: PendingInvitation[] }) {
  if (!items.length) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="plain-list">
        {items.map((i) => (
          <li key={i.id}>
            {i.profile ? (
              <a
                href={i.profile.url}
                target="_blank"
                rel="noreferrer noopener"
                aria-label={t('invitationsOpenProfile', i.name)}
              >
                {i.name}
              </a>
            ) : (
              i.name
            )}{' '}
            <span className="muted">· {t('invitationsSentOn', formatDate(i.sentAt))}</span>{' '}
            <button
              type="button"
              className="link-button"
              aria-label={t('invitationsDoneLabel', i.name)}
              onClick={() => markDone(i)}
            >
              {t('invitationsDone')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Invitations from the archive still open: the ones the user sent that were
 * not accepted, and the ones waiting for the user's answer. Acting on them
 * happens on LinkedIn, by the user; Guild only lists them.
 */
export function PendingInvitations() {
  const open = useLiveQuery(
    async () =>
      (await getDb().invitations.toArray())
        .filter((i) => i.doneAt === undefined)
        .sort((a, b) => b.sentAt - a.sentAt),
    [],
  );
  if (!open?.length) return null;
  return (
    <section aria-label={t('invitationsTitle')} data-testid="pending-invitations">
      <h3>{t('invitationsTitle')}</h3>
      <InvitationList
        title={t('invitationsReceived')}
        items={open.filter((i) => i.direction === 'received')}
      />
      <InvitationList title={t('invitationsSent')} items={open.filter((i) => i.direction === 'sent')} />
    </section>
  );
}
