import { useState, type FormEvent } from 'react';
import { communities, getDb } from '@/lib/db';
import { PHASE_ORDER } from '@/lib/communities';
import { t } from '@/lib/i18n';
import { withoutUndefined } from '@/lib/schemas/common';
import { CommunitySchema, type Community, type CommunityPhase } from '@/lib/schemas/library';
import { fromInput, toDateInput } from '../resources/dates';
import { PHASE_LABELS, PLATFORM_LABELS } from './labels';
import { FormFooter } from '../FormFooter';
import { ChoiceSelect } from '../ChoiceSelect';
import { FormField } from '../contacts/FormField';
import { DateInput } from '@/components/fields/DateInput';

type Saved = Community & { id: number };

/**
 * Add a community (with the phase the user is in and when they joined) or
 * edit its name, platform and link. The phase itself moves on the card, so
 * its history stays true.
 */
export function CommunityForm({ initial, onDone }: { initial?: Saved; onDone: () => void }) {
  const [name, setName] = useState(initial?.name ?? '');
  const [platform, setPlatform] = useState<Community['platform']>(initial?.platform ?? 'discord');
  const [link, setLink] = useState(initial?.link ?? '');
  const [phase, setPhase] = useState<CommunityPhase>('observe');
  const [joined, setJoined] = useState(() => toDateInput(Date.now()));
  const [error, setError] = useState('');
  const [joinedError, setJoinedError] = useState<string>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const since = fromInput(joined);
    const base = initial ?? {
      phase,
      phaseHistory: [{ phase, since }],
      doneActions: [],
    };
    const parsed = CommunitySchema.safeParse(
      withoutUndefined({ ...base, name: name.trim(), platform, link: link.trim() || undefined }),
    );
    setJoinedError(Number.isNaN(since) ? t('fieldUnreadable') : undefined);
    if (!parsed.success || Number.isNaN(since)) return setError(t('dashFormInvalid'));
    const db = getDb();
    await communities.save(db, { ...parsed.data, id: initial?.id });
    onDone();
  };

  return (
    <form className="dash-form" onSubmit={(e) => void submit(e)} aria-labelledby="comm-form-title">
      <h2 id="comm-form-title">{t(initial ? 'commEditTitle' : 'commAddTitle')}</h2>
      <label>
        {t('commName')}
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('commPlatform')}
        <ChoiceSelect labels={PLATFORM_LABELS} value={platform} onChange={setPlatform} />
      </label>
      <label>
        {t('commLink')}
        <input type="url" value={link} placeholder="https://" onChange={(e) => setLink(e.target.value)} />
      </label>
      {!initial && (
        <>
          <label>
            {t('commStartPhase')}
            <ChoiceSelect labels={PHASE_LABELS} choices={PHASE_ORDER} value={phase} onChange={setPhase} />
          </label>
          <FormField label={t('commJoined')} error={joinedError}>
            {(a11y) => <DateInput a11y={a11y} value={joined} onChange={setJoined} />}
          </FormField>
        </>
      )}
      <FormFooter error={error} onCancel={onDone} />
    </form>
  );
}
