import { profileFromUrl } from './detect';
import { FieldCollector } from './fields';
import { namesAgree, shows, type Identity } from './identity';
import { linkedInIdentity, linkedInNotAPerson, readLinkedIn } from './linkedin';
import { topCard } from './linkedin-structure';
import type { ProfileRef } from './site';
import { namesPrevious, stillPrevious, type Shown } from './shown';
import type { ReadResult } from './snapshot';
import { readX, xHeaderText, xIdentity } from './x';

/*
 * This module runs in the user's tab (bundled into reader.js), so it imports
 * only types from the Zod schemas: the panel validates what comes back with
 * `ReadResultSchema`, and the reader stays small. What it builds already
 * meets the schema: every text goes through cleanText, every URL through
 * cleanHttpsUrl (the unit tests parse every result to prove it).
 */

/** Who the page shows, and a read of it that reuses what finding that out looked up. */
interface Look {
  identity: Identity;
  read: (fields: FieldCollector) => void;
  /** Why the page is nobody's profile (not found, edit mode, sign-in wall), if it is not one. */
  notAPerson: () => string | undefined;
}

function look(doc: Document, profile: ProfileRef, url: string): Look {
  if (profile.site === 'linkedin') {
    const card = topCard(doc);
    const identity = linkedInIdentity(doc, card);
    return {
      identity,
      read: (fields) => readLinkedIn(doc, profile.handle, fields, identity, card),
      notAPerson: () => linkedInNotAPerson(doc, url, profile.handle, identity),
    };
  }
  const header = xHeaderText(doc);
  return {
    identity: xIdentity(doc, profile.handle, header),
    read: (fields) => readX(doc, profile.handle, fields, header),
    notAPerson: () => undefined,
  };
}

/**
 * Does the page show the person the URL names? 'no' when the visible header
 * (or, lacking one, the document's head) names someone else: after in-app
 * navigation the previous person stays on screen for a moment.
 */
export function pageShows(doc: Document, profile: ProfileRef): 'yes' | 'no' | 'unknown' {
  try {
    return shows(look(doc, profile, doc.URL).identity, profile.handle);
  } catch {
    return 'unknown';
  }
}

function failed(
  reason: 'unreadable' | 'stale' | 'not-a-person',
  profile: ProfileRef,
  detail: string,
): ReadResult {
  return { ok: false, reason, profile, detail: detail.slice(0, 500) };
}

/**
 * Read the profile the URL names from the document, once. Never throws:
 * a page that is not a profile, shows someone else ('stale') or has no name
 * gives `ok: false` with what the URL alone tells. `previous` is whom this
 * tab's page showed when last read: a page that names nobody and still shows
 * them under another URL is 'stale' too.
 */
export function readProfile(doc: Document, url: string, now = Date.now(), previous?: Shown): ReadResult {
  const profile = profileFromUrl(url);
  if (!profile) return { ok: false, reason: 'not-a-profile' };
  try {
    const { identity, read, notAPerson } = look(doc, profile, url);
    const verdict = shows(identity, profile.handle);
    if (verdict === 'no') {
      return failed('stale', profile, `the page shows ${[...identity.main, ...identity.head].join(', ')}`);
    }
    const why = notAPerson();
    if (why) return failed('not-a-person', profile, why);
    const fields = new FieldCollector();
    read(fields);
    const { name, ...rest } = fields.values;
    if (!name) return failed('unreadable', profile, 'no name found on the page');
    if (verdict === 'unknown' && stillPrevious(previous, profile.key, { name, headline: rest.headline })) {
      return failed('stale', profile, `the page still shows ${previous!.name}`);
    }
    return { ok: true, snapshot: { profile, name, ...rest, sources: { ...fields.sources }, readAt: now } };
  } catch (error) {
    return failed('unreadable', profile, String(error));
  }
}

/**
 * Is the page settled on the person the URL names? Their header (or head)
 * names them, and the title and heading agree; with no identity evidence at
 * all, the title and heading must both be there, agree, and no longer name
 * the person this tab showed for another URL.
 */
function settled(doc: Document, profile: ProfileRef, previous: Shown | undefined): boolean {
  const { identity } = look(doc, profile, doc.URL);
  const verdict = shows(identity, profile.handle);
  if (verdict === 'no' || !namesAgree(identity)) return false;
  if (verdict === 'yes') return true;
  const { titleName, headingName } = identity;
  return !!titleName && !!headingName && !namesPrevious(previous, profile.key, [titleName, headingName]);
}

/**
 * Wait (bounded, with a MutationObserver, never polling) until the page
 * shows the person its URL names, then read. Runs in the user's tab; it
 * only observes, and disconnects before resolving. After `timeoutMs` it
 * reads what is there (which says 'stale' if the page still shows someone
 * else). `previous`: whom this tab showed when last read (see `Shown`).
 */
export function readWhenReady(
  doc: Document,
  url: string,
  timeoutMs = 3000,
  previous?: Shown,
): Promise<ReadResult> {
  const profile = profileFromUrl(url);
  const readNow = () => readProfile(doc, url, Date.now(), previous);
  const ready = () => {
    try {
      return !profile || settled(doc, profile, previous) || !doc.documentElement;
    } catch {
      // A page that cannot even be inspected will not get better by waiting.
      return true;
    }
  };
  if (ready()) return Promise.resolve(readNow());
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(readNow());
    };
    // Mutations come in bursts while a page renders: check once per burst.
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (ready()) finish();
      });
    });
    const timer = setTimeout(finish, timeoutMs);
    // Text, elements and hrefs: what changes when the site shows another person.
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href'],
    });
  });
}
