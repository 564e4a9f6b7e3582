import { FieldCollector } from './fields';
import { profileFromUrl } from './detect';
import { linkedInEvidence, readLinkedIn } from './linkedin';
import { readX, xEvidence } from './x';
import { ProfileSnapshotSchema, type ReadResult } from './snapshot';
import type { ProfileRef } from './site';

/**
 * Does the page show the person the URL names? After in-app navigation the
 * previous person stays on screen for a moment: visible self-links (LinkedIn)
 * or the "@handle" in the header (X) tell which person the content is about.
 */
export function pageShows(doc: Document, profile: ProfileRef): 'yes' | 'no' | 'unknown' {
  const evidence = profile.site === 'linkedin' ? linkedInEvidence(doc) : xEvidence(doc);
  if (evidence.main.length > 0) return evidence.main.includes(profile.handle) ? 'yes' : 'no';
  if (evidence.head.length > 0) return evidence.head.includes(profile.handle) ? 'yes' : 'no';
  return 'unknown';
}

/** Read the profile the URL names from the document. Never throws. */
export function readProfile(doc: Document, url: string, now = Date.now()): ReadResult {
  const profile = profileFromUrl(url);
  if (!profile) return { ok: false, reason: 'not-a-profile' };
  try {
    if (pageShows(doc, profile) === 'no') return { ok: false, reason: 'stale', profile };
    const fields = new FieldCollector();
    if (profile.site === 'linkedin') readLinkedIn(doc, profile.handle, fields);
    else readX(doc, profile.handle, fields);
    const { values, sources } = fields;
    const followers = values.followers ? Number(values.followers) : undefined;
    const parsed = ProfileSnapshotSchema.safeParse({
      profile,
      ...values,
      followers: Number.isSafeInteger(followers) ? followers : undefined,
      sources,
      readAt: now,
    });
    if (parsed.success) return { ok: true, snapshot: parsed.data };
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: 'unreadable',
      profile,
      detail: `${issue?.path.join('.')}: ${issue?.message}`.slice(0, 500),
    };
  } catch (error) {
    return { ok: false, reason: 'unreadable', profile, detail: String(error).slice(0, 500) };
  }
}

/**
 * Wait (bounded, with a MutationObserver, never polling) until the page shows
 * the person its URL names, then read. Runs in the user's tab.
 */
export function readWhenReady(doc: Document, url: string, timeoutMs = 3000): Promise<ReadResult> {
  const profile = profileFromUrl(url);
  if (!profile) return Promise.resolve(readProfile(doc, url));
  const attempt = () => {
    const shows = pageShows(doc, profile);
    const result = readProfile(doc, url);
    return shows === 'yes' || (shows === 'unknown' && result.ok) ? result : undefined;
  };
  const first = attempt();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const result = attempt();
      if (result) finish(result);
    });
    const timer = setTimeout(() => finish(readProfile(doc, url)), timeoutMs);
    function finish(result: ReadResult) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
