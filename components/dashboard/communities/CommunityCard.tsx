import { joinedAt, nextPhase, PHASE_ORDER, phaseGuide, phaseSince, readyForNext } from '@/lib/communities';
import { communities, getDb, setCommunityPhase, type Stored } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import type { Community } from '@/lib/schemas/library';
import { formatDate } from '../resources/dates';
import { deleteWithUndo, offerUndo } from '../../undo/undo-store';
import { PHASE_LABELS, PLATFORM_LABELS } from './labels';
import { PhaseChecklist } from './PhaseChecklist';
import { EditDeleteButtons } from '../EditDeleteButtons';

type Saved = Stored<Community>;

/**
 * One community: where the user stands on the guide's path (observe →
 * participate → contribute → lead), since when, and what to do now.
 */
export function CommunityCard({
  community,
  now,
  onEdit,
}: {
  community: Saved;
  now: number;
  onEdit: () => void;
}) {
  const guide = phaseGuide(community.phase);
  const next = nextPhase(community.phase);
  const ready = readyForNext(community, now);
  const headingId = `community-${community.id}`;

  const moveOn = async () => {
    if (!next) return;
    await setCommunityPhase(getDb(), community.id, next, Date.now());
    offerUndo(t('commMoved', community.name, t(PHASE_LABELS[next])), () =>
      communities.restore(getDb(), community),
    );
  };
  const remove = () => deleteWithUndo(communities, getDb(), community, t('dashDeleted', community.name));

  return (
    <article className="card community" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {community.link ? (
          <a href={community.link} target="_blank" rel="noreferrer noopener">
            {community.name}
          </a>
        ) : (
          community.name
        )}{' '}
        <span className="muted">· {t(PLATFORM_LABELS[community.platform])}</span>
      </h2>
      <ol className="phase-steps" aria-label={t('commPhases')}>
        {PHASE_ORDER.map((p) => (
          <li key={p} aria-current={p === community.phase ? 'step' : undefined}>
            {t(PHASE_LABELS[p])}
          </li>
        ))}
      </ol>
      <p>
        {t('commSince', t(PHASE_LABELS[community.phase]), formatDate(phaseSince(community)))}{' '}
        <span className="muted">{t('commJoinedOn', formatDate(joinedAt(community)))}</span>
      </p>
      <p className="muted">{guide.goal[getLanguage()]}</p>
      <PhaseChecklist community={community} />
      {ready && next && <p role="note">{t('commReady', t(PHASE_LABELS[next]))}</p>}
      <div className="actions">
        {next && (
          <button type="button" className={ready ? 'primary' : undefined} onClick={() => void moveOn()}>
            {t('commMoveTo', t(PHASE_LABELS[next]))}
          </button>
        )}
        <EditDeleteButtons name={community.name} onEdit={onEdit} onDelete={() => void remove()} />
      </div>
    </article>
  );
}
