import { browser } from 'wxt/browser';
import { getDb, findByProfileKey } from '@/lib/db';
import { profileFromUrl } from '@/lib/profiles/detect';
import { getLanguage, loadLanguage, t } from '@/lib/i18n';

/** Guild's own pages fire tab events too; only web pages get a badge. */
function isWebPage(url: string | undefined): url is string {
  return !!url && /^https?:/.test(url);
}

/** Mark the tab when it shows someone already in the address book. */
export async function updateBadge(tabId: number, url: string | undefined): Promise<void> {
  if (!isWebPage(url)) return;
  const profile = profileFromUrl(url);
  const saved = profile ? await findByProfileKey(getDb(), profile.key) : undefined;
  await loadLanguage(getLanguage());
  await browser.action.setBadgeText({ tabId, text: saved ? '✓' : '' });
  if (saved) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4f' });
    await browser.action.setTitle({ tabId, title: `${t('badgeSaved')}: ${saved.name}` });
  } else {
    await browser.action.setTitle({ tabId, title: t('actionTitle') });
  }
}

/** Recompute one tab's badge (the panel's, after a save or a delete there). */
export async function refreshBadges(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  if (tab.id !== undefined) await updateBadge(tab.id, tab.url);
}
