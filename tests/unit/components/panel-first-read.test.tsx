import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { PanelApp } from '@/components/panel/PanelApp';
import { withFirstReadStarted } from '@/components/panel/first-read';
import type { PageAccess, TabInfo } from '@/components/panel/page-access';
import type { ReadResult } from '@/lib/profiles/snapshot';
import { fakeAccess } from './panel-fake-access';

const ADA = 'https://www.linkedin.com/in/ada-lovelace/';
const snapshotOf = (name: string): ReadResult =>
  ({
    ok: true,
    snapshot: {
      profile: { site: 'linkedin', key: 'linkedin:ada-lovelace', handle: 'ada-lovelace', url: ADA },
      name,
      sources: {},
    },
  }) as unknown as ReadResult;

/** A browser whose tab and reads are counted, answering in order. */
function counted(tabs: (TabInfo | undefined)[], reads: ReadResult[]) {
  const calls = { tabs: 0, reads: [] as number[] };
  const base = fakeAccess(ADA, reads[0]!);
  const access: PageAccess = {
    ...base,
    currentTab: async () => tabs[Math.min(calls.tabs++, tabs.length - 1)],
    read: async (tabId) => {
      calls.reads.push(tabId);
      return reads[Math.min(calls.reads.length - 1, reads.length - 1)]!;
    },
  };
  return { access, calls };
}

afterEach(cleanup);

describe('the panel reads its tab as soon as its script runs', () => {
  test('the tab and its read start before anyone asks, and the first asks get them', async () => {
    const { access, calls } = counted(
      [{ id: 7, url: ADA }],
      [snapshotOf('Ada (first read)'), snapshotOf('Ada (again)')],
    );
    const started = withFirstReadStarted(access);
    await Promise.resolve();
    await Promise.resolve();
    // Started on creation: nobody has asked yet.
    expect(calls).toEqual({ tabs: 1, reads: [7] });
    expect(await started.currentTab()).toEqual({ id: 7, url: ADA });
    expect(await started.read(7)).toEqual(snapshotOf('Ada (first read)'));
    expect(calls).toEqual({ tabs: 1, reads: [7] });
    // Every later look asks the browser again: nothing older than the opening is reused.
    expect(await started.read(7)).toEqual(snapshotOf('Ada (again)'));
    await started.currentTab();
    expect(calls).toEqual({ tabs: 2, reads: [7, 7] });
  });

  test('a tab that shows no profile is not read; another tab is read anew', async () => {
    const feed = counted([{ id: 3, url: 'https://www.linkedin.com/feed/' }], [snapshotOf('Ada')]);
    withFirstReadStarted(feed.access);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(feed.calls).toEqual({ tabs: 1, reads: [] });

    const other = counted([{ id: 7, url: ADA }], [snapshotOf('Ada')]);
    const started = withFirstReadStarted(other.access);
    await started.currentTab();
    await started.read(9);
    expect(other.calls.reads).toEqual([7, 9]);
  });

  test('a tab the browser cannot give fails for the panel as it would have, with no stray rejection', async () => {
    const access: PageAccess = {
      ...fakeAccess(ADA, snapshotOf('Ada')),
      currentTab: () => Promise.reject(new Error('No tab with id: 7')),
    };
    const started = withFirstReadStarted(access);
    await expect(started.currentTab()).rejects.toThrow('No tab with id: 7');
  });

  test('the panel shows the person from the read started early', async () => {
    const { access, calls } = counted([{ id: 7, url: ADA }], [snapshotOf('Ada Lovelace')]);
    render(<PanelApp access={withFirstReadStarted(access)} />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Ada Lovelace');
    expect(calls.reads).toEqual([7]);
  });
});
