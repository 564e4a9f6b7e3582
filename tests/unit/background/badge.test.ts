import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, saveFromSnapshot } from '@/lib/db';
import { updateBadge } from '@/entrypoints/background/badge';
import { snapshotOf } from '../helpers';

describe('toolbar badge', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await getDb().contacts.clear();
  });

  test('marks a tab that shows a saved person, and clears it for anyone else', async () => {
    await saveFromSnapshot(getDb(), snapshotOf('https://www.linkedin.com/in/jane-doe/'));
    await updateBadge(7, 'https://fr.linkedin.com/in/Jane-Doe/details/experience/');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Saved in Guild: Jane Doe');

    await updateBadge(7, 'https://www.linkedin.com/in/someone-else/');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  test("ignores Guild's own pages (tab events fire for them too)", async () => {
    const spy = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await updateBadge(3, 'chrome-extension://abc/sidepanel.html?tab=2');
    expect(spy).not.toHaveBeenCalled();
  });
});
