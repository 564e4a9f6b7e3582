import { useCallback, useEffect, useRef, useState } from 'react';
import { profileFromUrl, type ProfileRef } from '@/lib/profiles';
import type { ProfileSnapshot, ReadResult } from '@/lib/profiles/snapshot';
import type { PageAccess } from './page-access';

export type PageState =
  | { status: 'loading' }
  | { status: 'not-a-profile'; tabId?: number }
  /** The browser does not let Guild read LinkedIn and X (site access withheld): the tab may be a profile. */
  | { status: 'no-access'; tabId?: number }
  | { status: 'profile'; tabId: number; snapshot: ProfileSnapshot }
  | {
      status: 'failed';
      tabId: number;
      profile: ProfileRef;
      reason: Exclude<ReadResult, { ok: true }>['reason'];
    };

/**
 * The reader waits (3 s, bounded) for the page to show the person the URL
 * names; a page slower than that gets this many more reads before the panel
 * says it could not read it. No tab event comes when the page catches up.
 */
const STALE_RETRIES = 2;

/**
 * Follows the panel's tab and reads the person on it whenever the tab's URL
 * names another profile. A read that finishes after the user moved on is
 * dropped. Until the page shows the person the URL names the state stays
 * 'loading': nothing to show, nothing to save.
 */
export function usePageProfile(access: PageAccess): { state: PageState; retry: () => void } {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const generation = useRef(0);
  const lastKey = useRef<string | undefined>(undefined);

  const refresh = useCallback(
    async (force: boolean) => {
      const tab = await access.currentTab();
      const profile = tab?.url ? profileFromUrl(tab.url) : undefined;
      if (!tab || !profile) {
        const mine = ++generation.current;
        lastKey.current = undefined;
        // Without host access the browser hides the tab's URL: it may well be a profile.
        const blind = !!tab && !tab.url && !(await access.hostAccess());
        if (mine !== generation.current) return;
        setState({ status: blind ? 'no-access' : 'not-a-profile', tabId: tab?.id });
        return;
      }
      const key = `${tab.id}|${profile.key}`;
      if (!force && key === lastKey.current) return;
      lastKey.current = key;
      const mine = ++generation.current;
      setState((prev) =>
        prev.status === 'profile' && prev.snapshot.profile.key === profile.key ? prev : { status: 'loading' },
      );
      let result = await access.read(tab.id);
      for (let retry = 0; !result.ok && result.reason === 'stale' && retry < STALE_RETRIES; retry++) {
        if (mine !== generation.current) return;
        result = await access.read(tab.id);
      }
      if (mine !== generation.current) return;
      if (!result.ok && result.reason === 'no-access' && !(await access.hostAccess())) {
        if (mine === generation.current) setState({ status: 'no-access', tabId: tab.id });
        return;
      }
      if (result.ok && result.snapshot.profile.key === profile.key) {
        setState({ status: 'profile', tabId: tab.id, snapshot: result.snapshot });
      } else {
        setState({ status: 'failed', tabId: tab.id, profile, reason: result.ok ? 'stale' : result.reason });
      }
    },
    [access],
  );

  useEffect(() => {
    // Syncing with an external system (the browser tab); every state change follows an await.
    void refresh(false);
    const unwatchTab = access.watch(() => void refresh(false));
    // Access given (by Guild's button or the browser's own menu) or taken back: read again.
    const unwatchAccess = access.watchHostAccess(() => void refresh(true));
    return () => {
      unwatchTab();
      unwatchAccess();
    };
  }, [access, refresh]);

  return { state, retry: () => void refresh(true) };
}
