import { DAY_MS } from '../schemas/common';
import type { Contact, News } from '../schemas/contact';
import type { HistorySummary } from './history';
import { normaliseTag } from './normalise';
import type { Candidate } from './types';

/** How long news and logged moments stay worth acting on. */
const NEWS_DAYS = 60;
const SUCCESS_DAYS = 30;
const CHALLENGE_DAYS = 60;
/** A project reviewed less than this long ago needs no new offer. */
const REVIEW_AGAIN_DAYS = 180;

/** Fresh moments fit best; the fit fades linearly to half over the window. */
function fading(base: number, ageDays: number, windowDays: number): number {
  return base * (1 - 0.5 * Math.min(1, Math.max(0, ageDays) / windowDays));
}

function newsLabel(n: News): string {
  return n.to ?? '';
}

/**
 * Congratulate: news noticed on their profile (a new job, a new headline) or a
 * success logged, when recent and not congratulated since. Unseen news fits
 * best: the user has not reacted to it yet.
 */
export function congratulateCandidates(contact: Contact, history: HistorySummary, now: number): Candidate[] {
  const out: Candidate[] = [];
  const since = history.lastCongratulatedAt ?? -1;
  for (const n of contact.news) {
    const age = (now - n.noticedAt) / DAY_MS;
    if (age > NEWS_DAYS || n.noticedAt <= since || !n.to) continue;
    out.push({
      key: `congratulate:news:${n.field}:${n.noticedAt}`,
      kind: 'congratulate',
      fit: fading(n.seenAt === undefined ? 1 : 0.85, age, NEWS_DAYS),
      refs: { newsNoticedAt: n.noticedAt, matched: newsLabel(n) },
      fitPart: { code: 'news', label: newsLabel(n), n: Math.floor(Math.max(0, age)) },
    });
  }
  for (const s of history.successes) {
    const age = (now - s.date) / DAY_MS;
    if (age > SUCCESS_DAYS || s.date <= since || s.id === undefined) continue;
    out.push({
      key: `congratulate:success:${s.id}`,
      kind: 'congratulate',
      fit: fading(0.95, age, SUCCESS_DAYS),
      refs: { interactionId: s.id, ...(s.topic ? { matched: s.topic } : {}) },
      fitPart: { code: 'success', label: s.topic ?? '', n: Math.floor(Math.max(0, age)) },
    });
  }
  return out;
}

/**
 * Help with a challenge they logged recently, unless the user already gave
 * them something since; and offer a review when they are stuck or simply have
 * a project the user has not reviewed lately.
 */
export function helpAndReviewCandidates(contact: Contact, history: HistorySummary, now: number): Candidate[] {
  const out: Candidate[] = [];
  const challenge = history.challenges[0];
  const challengeAge = challenge ? (now - challenge.date) / DAY_MS : Infinity;
  const open =
    challenge?.id !== undefined &&
    challengeAge <= CHALLENGE_DAYS &&
    (history.lastGaveAt ?? -1) < challenge.date;
  if (challenge && open) {
    const label = challenge.topic ?? contact.projects[0] ?? '';
    out.push({
      key: `help:challenge:${challenge.id}`,
      kind: 'help',
      fit: fading(0.9, challengeAge, CHALLENGE_DAYS),
      refs: { interactionId: challenge.id, matched: label },
      fitPart: { code: 'challenge', label, n: Math.floor(Math.max(0, challengeAge)) },
    });
    if ((history.lastReviewedAt ?? -1) < challenge.date) {
      out.push({
        key: `review:challenge:${challenge.id}`,
        kind: 'review',
        fit: fading(0.75, challengeAge, CHALLENGE_DAYS),
        refs: {
          interactionId: challenge.id,
          matched: label,
          ...(contact.projects[0] ? { project: contact.projects[0] } : {}),
        },
        fitPart: { code: 'stuck', label },
      });
      return out;
    }
  }
  const project = contact.projects[0];
  const reviewedLately =
    history.lastReviewedAt !== undefined && now - history.lastReviewedAt < REVIEW_AGAIN_DAYS * DAY_MS;
  if (project && !reviewedLately) {
    out.push({
      key: `review:project:${normaliseTag(project)}`,
      kind: 'review',
      fit: 0.5,
      refs: { project, matched: project },
      fitPart: { code: 'has-project', label: project },
    });
  }
  return out;
}
