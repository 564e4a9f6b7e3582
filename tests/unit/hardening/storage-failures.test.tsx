import Dexie from 'dexie';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DatabaseGate } from '@/components/DatabaseGate';
import { GuildDatabase, openDatabase } from '@/lib/db';
import { freshDbName } from '../helpers';
import { createV1Database, readRaw } from '../db/migrations/v1-sample';

/**
 * IndexedDB missing, refusing to open, or full: the panel and the dashboard
 * (both wrapped in DatabaseGate) say so plainly instead of crashing.
 */

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function gateOver(db: GuildDatabase) {
  render(
    <DatabaseGate open={() => openDatabase(db)}>
      <p>the app</p>
    </DatabaseGate>,
  );
}

describe('storage that refuses to open', () => {
  afterEach(() => vi.restoreAllMocks());

  test('indexedDB.open throwing QuotaExceededError: "storage refused", never "upgrade failed"', async () => {
    vi.spyOn(Dexie.dependencies.indexedDB!, 'open').mockImplementation(() => {
      throw quota();
    });
    const db = new GuildDatabase(freshDbName());
    expect(await openDatabase(db)).toMatchObject({ ok: false, kind: 'unavailable' });
    gateOver(db);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The browser refused Guild’s storage');
    expect(alert.textContent).toContain('quota');
    expect(screen.queryByText('the app')).toBeNull();
  });

  test('the open request failing with an error event (disk full while opening)', async () => {
    vi.spyOn(Dexie.dependencies.indexedDB!, 'open').mockImplementation(() => {
      const request = {} as IDBOpenDBRequest;
      setTimeout(() => {
        Object.assign(request, { error: quota() });
        const event = { type: 'error', target: request, preventDefault() {}, stopPropagation() {} };
        request.onerror?.(event as never);
      }, 0);
      return request;
    });
    const db = new GuildDatabase(freshDbName());
    expect(await openDatabase(db)).toMatchObject({ ok: false, kind: 'unavailable' });
  });

  test('no IndexedDB at all (a browser that disabled it)', async () => {
    const saved = Dexie.dependencies.indexedDB;
    Dexie.dependencies.indexedDB = undefined as never;
    try {
      const db = new GuildDatabase(freshDbName());
      expect(await openDatabase(db)).toMatchObject({ ok: false, kind: 'unavailable' });
      gateOver(db);
      expect((await screen.findByRole('alert')).textContent).toContain('The browser refused Guild’s storage');
    } finally {
      Dexie.dependencies.indexedDB = saved;
    }
  });
});

describe('an upgrade step that fails', () => {
  test('the gate explains that nothing was changed, and the app is not rendered', async () => {
    const name = freshDbName();
    await createV1Database(name, [
      {
        id: 1,
        profileKey: 'linkedin:ok',
        name: 'Ok',
        profileUrl: 'https://www.linkedin.com/in/ok/',
        savedAt: 1,
      },
      { id: 2, profileKey: 'linkedin:bad', name: '', profileUrl: 'javascript:alert(1)', savedAt: 1 },
    ]);
    const db = new GuildDatabase(name);
    gateOver(db);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Updating your data for this version of Guild failed, so nothing was changed',
    );
    expect(alert.textContent).toContain('contact 2 could not be read');
    expect(screen.queryByText('the app')).toBeNull();
    db.close();
    expect((await readRaw(name, 'contacts')).version).toBe(1);
  });
});
