import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { PanelApp } from '@/components/panel/PanelApp';
import { buildContact, getDb, GuildDatabase } from '@/lib/db';
import { createBackup, importConnections, parseConnections, restoreBackup } from '@/lib/io';
import { freshDbName, snapshotOf } from '../helpers';
import { everything } from '../db/db-fixture';
import { fakeAccess } from '../components/panel-fake-access';

/**
 * A full disk: IndexedDB refuses a write with QuotaExceededError part-way
 * through. A DBCore middleware makes the n-th write fail, as the browser
 * would. Every multi-record write must leave the database as it was, and
 * the panel must say so.
 */

let failAfter = Infinity;
let writes = 0;
const quotaMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'quota-exceeded',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) =>
          ++writes > failAfter
            ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
            : table.mutate(request),
      };
    },
  }),
};

const csv = (n: number, from = 0) =>
  'First Name,Last Name,URL,Company\n' +
  Array.from({ length: n }, (_, i) => `P${i + from},Q,https://www.linkedin.com/in/p-${i + from},Acme`).join(
    '\n',
  );

describe('disk full during writes', () => {
  let db: GuildDatabase;
  beforeAll(() => {
    getDb().use(quotaMiddleware);
  });
  beforeEach(async () => {
    failAfter = Infinity;
    writes = 0;
    db = new GuildDatabase(freshDbName());
    db.use(quotaMiddleware);
    await importConnections(db, parseConnections(csv(5)));
  });
  afterEach(async () => {
    failAfter = Infinity;
    await db.delete();
  });

  test('an import that fills the disk on its second chunk writes nothing', async () => {
    const before = await everything(db);
    writes = 0;
    failAfter = 1;
    await expect(importConnections(db, parseConnections(csv(2500, 100)))).rejects.toMatchObject({
      name: expect.stringMatching(/QuotaExceeded|Abort/),
    });
    failAfter = Infinity;
    expect(await everything(db)).toEqual(before);
  });

  test('a restore that fills the disk half-way leaves the old data in place', async () => {
    const source = new GuildDatabase(freshDbName());
    await importConnections(source, parseConnections(csv(2500, 100)));
    const backup = await createBackup(source);
    await source.delete();
    const before = await everything(db);
    writes = 0;
    failAfter = 2;
    await expect(restoreBackup(db, backup)).rejects.toBeTruthy();
    failAfter = Infinity;
    expect(await everything(db)).toEqual(before);
  });

  test('the panel says it could not save, and nothing is stored', async () => {
    const url = 'https://www.linkedin.com/in/jane-doe/';
    await getDb().contacts.clear();
    render(<PanelApp access={fakeAccess(url, { ok: true, snapshot: snapshotOf(url) })} />);
    const save = await screen.findByRole('button', { name: 'Save contact' });
    writes = 0;
    failAfter = 0;
    fireEvent.click(save);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not save: .*quota/i);
    failAfter = Infinity;
    expect(await getDb().contacts.count()).toBe(0);
    // The user can try again once space is freed.
    fireEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(async () => expect(await getDb().contacts.count()).toBe(1));
  });

  test('a contact added while the disk is full is not half there', async () => {
    writes = 0;
    failAfter = 0;
    await expect(db.contacts.add(buildContact({ name: 'X', profiles: [] }, 1))).rejects.toBeTruthy();
    failAfter = Infinity;
    expect(await db.contacts.count()).toBe(5);
  });
});
