import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import {
  clockTime,
  isRoutineTheme,
  NOTIFICATION_PREFIX,
  nudgeBody,
  nudgeTitle,
  parseTarget,
  targetTail,
  type Nudge,
  type NudgeTarget,
  type RoutineListName,
} from '@/lib/routine';

/** The dashboard URL of a routine list (the dashboard's router keeps `#/routine/<list>`). */
export function routineListUrl(list: RoutineListName): string {
  return `${browser.runtime.getURL('/options.html')}#/routine/${list}`;
}

/** Open a list in a new tab: the user opens profiles from there; Guild fetches nothing. */
export async function openRoutineList(list: RoutineListName): Promise<void> {
  await browser.tabs.create({ url: routineListUrl(list) });
}

/** Close every routine-day notification but `keep`: one routine nudge at a time. */
async function clearOtherRoutineNudges(keep: string): Promise<void> {
  const open = Object.keys(await browser.notifications.getAll());
  const isRoutine = (id: string) => isRoutineTheme(parseTarget(id, NOTIFICATION_PREFIX)?.list);
  await Promise.all(
    open.filter((id) => id !== keep && isRoutine(id)).map((id) => browser.notifications.clear(id)),
  );
}

/**
 * Show a nudge: title with the theme and count, the first names, and two
 * buttons (open the list; snooze to the next allowed hour). Firefox has no
 * notification buttons: there the notification alone opens the list.
 */
export async function showNudge(nudge: Nudge, snoozeUntil: number | null, zone: string): Promise<string> {
  const target: NudgeTarget = { list: nudge.list, weekday: nudge.weekday };
  const id = NOTIFICATION_PREFIX + targetTail(target);
  if (nudge.kind === 'routine') await clearOtherRoutineNudges(id);
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: nudgeTitle(nudge),
    message: nudgeBody(nudge),
  };
  const buttons = [{ title: t('nudgeOpen') }];
  if (snoozeUntil !== null) buttons.push({ title: t('nudgeSnooze', clockTime(snoozeUntil, zone)) });
  try {
    return await browser.notifications.create(id, { ...options, buttons });
  } catch {
    // Firefox rejects `buttons`; the plain notification still opens the list on click.
    return browser.notifications.create(id, options);
  }
}
