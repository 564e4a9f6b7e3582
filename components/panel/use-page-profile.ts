import { useCallback, useEffect, useRef, useState } from 'react';
import { profileFromUrl, type ProfileRef } from '@/lib/profiles';
import type { ProfileSnapshot, ReadResult } from '@/lib/profiles/snapshot';
import type { PageAccess } from './page-access';

export type PageState =
  | { status: 'loading' }
  | { status: 'not-a-profile'; tabId?: number }
  | { status: 'profile'; tabId: number; snapshot: ProfileSnapshot }
  | {
      status: 'failed';
      tabId: number;
      profile: ProfileRef;
      reason: Exclude<ReadResult, { ok: true }>['reason'];
    };

/**
 * Follows the panel's tab and reads the person on it whenever the tab's URL
 * names another profile. A read that finishes after the user moved on is dropped.
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
        generation.current++;
        lastKey.current = undefined;
        setState({ status: 'not-a-profile', tabId: tab?.id });
        return;
      }
      const key = `${tab.id}|${profile.key}`;
      if (!force && key === lastKey.current) return;
      lastKey.current = key;
      const mine = ++generation.current;
      setState((prev) =>
        prev.status === 'profile' && prev.snapshot.profile.key === profile.key ? prev : { status: 'loading' },
      );
      const result = await access.read(tab.id);
      if (mine !== generation.current) return;
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
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh(false);
    return access.watch(() => void refresh(false));
  }, [access, refresh]);

  return { state, retry: () => void refresh(true) };
}
