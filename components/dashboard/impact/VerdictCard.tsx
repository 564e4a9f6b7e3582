import { t } from '@/lib/i18n';
import { HOURS_PER_RETURN, VERDICT_MONTHS, type Verdict } from '@/lib/stats';

/**
 * The guide's question, answered plainly: after six months of data, is the
 * time paying off? Until then, or while no time invested has been logged
 * (a first archive import brings years of messages but no hours), it says it
 * is too early rather than judging zero hours. The rule is spelled out under the answer, with the
 * figures it used, so the user can judge it rather than trust it.
 */
export function VerdictCard({ verdict }: { verdict: Verdict }) {
  const rule = t('impactRule', VERDICT_MONTHS, HOURS_PER_RETURN);
  if (verdict.kind === 'too-early') {
    return (
      <section className="verdict" aria-labelledby="verdict-title" data-verdict="too-early">
        <h2 id="verdict-title">{t('impactVerdictTitle')}</h2>
        <p>
          {verdict.reason === 'no-time'
            ? t('impactTooEarlyNoTime')
            : t('impactTooEarly', verdict.monthsOfData, verdict.monthsToGo)}
        </p>
        <p className="muted">{rule}</p>
      </section>
    );
  }
  const { opportunities, received, hours, returns, needed } = verdict.figures;
  const paying = verdict.kind === 'paying-off';
  return (
    <section
      className={`verdict ${paying ? 'verdict-ok' : 'verdict-change'}`}
      aria-labelledby="verdict-title"
      data-verdict={verdict.kind}
    >
      <h2 id="verdict-title">{t('impactVerdictTitle')}</h2>
      <p className="verdict-answer">
        <strong>{t(paying ? 'impactPayingOff' : 'impactChangeStrategy')}</strong>
      </p>
      <ul>
        <li>{t('impactFigureOpp', opportunities)}</li>
        <li>{t('impactFigureReceived', received)}</li>
        <li>{t('impactFigureHours', hours)}</li>
        <li>{t('impactFigureReturns', returns, needed)}</li>
      </ul>
      {!paying && <p>{t(opportunities === 0 ? 'impactAdviceNoOpp' : 'impactAdviceRatio')}</p>}
      <p className="muted">{rule}</p>
    </section>
  );
}
