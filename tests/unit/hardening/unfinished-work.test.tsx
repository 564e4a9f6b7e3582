import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UnfinishedNotice } from '@/components/dashboard/data/UnfinishedNotice';
import { markedWhile, unfinishedWork } from '@/components/dashboard/data/unfinished-work';

/**
 * An import or restore cut off by the page dying leaves its marker; the next
 * dashboard tells the user that nothing of it was saved. One that ends, well
 * or badly, leaves none (its outcome was on screen).
 */
describe('unfinished import or restore', () => {
  beforeEach(() => fakeBrowser.reset());

  test('the marker exists only while the work runs', async () => {
    let during: unknown;
    await markedWhile('import', async () => {
      during = (await fakeBrowser.storage.local.get('guild:unfinished-work'))['guild:unfinished-work'];
    });
    expect(during).toMatchObject({ kind: 'import' });
    expect(await unfinishedWork()).toBeUndefined();
    await expect(markedWhile('restore', () => Promise.reject(new Error('disk full')))).rejects.toThrow(
      'disk full',
    );
    expect(await unfinishedWork()).toBeUndefined();
  });

  test('a page that died mid-import: the next dashboard says nothing was saved, until dismissed', async () => {
    // The page dies: the work never settles, so the marker is never removed.
    void markedWhile('import', () => new Promise<never>(() => undefined));
    await waitFor(async () => expect((await fakeBrowser.storage.local.get(null)) as object).not.toEqual({}));
    render(<UnfinishedNotice />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /import of LinkedIn connections .* was cut off .* None of it was saved/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Understood' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await unfinishedWork()).toBeUndefined();
  });

  test('a restore cut off is reported as such', async () => {
    await fakeBrowser.storage.local.set({ 'guild:unfinished-work': { kind: 'restore', startedAt: 0 } });
    render(<UnfinishedNotice />);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /restore from a backup .* Nothing was restored/,
    );
  });

  test('a forged or damaged marker is ignored', async () => {
    await fakeBrowser.storage.local.set({
      'guild:unfinished-work': { kind: '<img onerror=alert(1)>', startedAt: 'x' },
    });
    expect(await unfinishedWork()).toBeUndefined();
  });
});
