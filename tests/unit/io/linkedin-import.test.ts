import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { countContacts, findByProfileKey, saveFromSnapshot } from '@/lib/db';
import { importConnections, parseConnections } from '@/lib/io/linkedin-import';
import type { Progress } from '@/lib/io/progress';
import { FIXTURES_DIR } from '../../harness/paths';
import { snapshotOf } from '../helpers';
import { useFreshDb } from '../db/db-fixture';

const sample = readFileSync(path.join(FIXTURES_DIR, 'linkedin-export', 'Connections.csv'), 'utf8');
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('importConnections', () => {
  const t = useFreshDb();

  test('the sample gives exactly the 7 contacts; a second import adds nothing', async () => {
    const progress: Progress[] = [];
    const first = await importConnections(t.db, parseConnections(sample), (p) => progress.push(p), 5000);
    expect(first.added.map((r) => [r.row, r.name])).toEqual([
      [5, 'Camille Lefèvre'],
      [6, 'Thomas Nguyen'],
      [7, 'Inès Benali'],
      [9, 'Julien Moreau'],
      [11, 'Sofia Rossi'],
      [12, '李 雷'],
      [13, "Marc-Antoine D'Alembert"],
    ]);
    expect(first.skipped.map((p) => [p.row, p.reason])).toEqual([
      [10, 'no-name'],
      [14, 'duplicate'],
    ]);
    expect(first.updated).toEqual([]);
    expect(progress.at(-1)).toEqual({ phase: 'writing', done: 7, total: 7 });
    expect(await countContacts(t.db)).toBe(7);
    expect(await findByProfileKey(t.db, 'linkedin:tnguyen')).toMatchObject({
      name: 'Thomas Nguyen',
      email: 'thomas.nguyen@example.org',
      company: 'Qonto',
      position: 'Staff Engineer, Payments',
      connectedOn: Date.UTC(2023, 0, 3),
      createdAt: 5000,
      circle: 'acquaintance',
    });
    expect((await findByProfileKey(t.db, 'linkedin:李雷'))?.profiles[0]?.url).toBe(
      'https://www.linkedin.com/in/%E6%9D%8E%E9%9B%B7/',
    );

    const second = await importConnections(t.db, parseConnections(sample), undefined, 6000);
    expect(second.added).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toHaveLength(7);
    expect(await countContacts(t.db)).toBe(7);
  });

  test('a connection saved earlier from the panel is updated, not duplicated; user edits kept', async () => {
    const saved = await saveFromSnapshot(
      t.db,
      snapshotOf('https://www.linkedin.com/in/camille-lefevre-dev/', { name: 'Camille L.' }),
      100,
    );
    await t.db.contacts.update(saved.id!, { notes: 'Met at React Paris' });
    const report = await importConnections(t.db, parseConnections(sample), undefined, 5000);
    expect(report.updated).toEqual([{ row: 5, name: 'Camille Lefèvre', contactId: saved.id }]);
    expect(report.added).toHaveLength(6);
    expect(await t.db.contacts.get(saved.id!)).toMatchObject({
      name: 'Camille L.',
      notes: 'Met at React Paris',
      company: 'Doctolib',
      connectedOn: Date.UTC(2024, 2, 15),
      createdAt: 100,
      updatedAt: 5000,
    });
    expect(await countContacts(t.db)).toBe(7);
  });

  test('rows of an old export without URL match by name and company on the next import', async () => {
    const old = 'First Name,Last Name,Company\nJane,Doe,Acme\nJohn,Roe,Beta\n';
    expect((await importConnections(t.db, parseConnections(old))).added).toHaveLength(2);
    const again = await importConnections(t.db, parseConnections(old.replace('Acme', 'ACME')));
    expect(again.added).toEqual([]);
    expect(again.unchanged.map((r) => r.name)).toEqual(['John Roe']);
    expect(again.updated.map((r) => r.name)).toEqual(['Jane Doe']);
    // Another company, and no URL to say otherwise: another person, added and reported (issue 15).
    const moved = await importConnections(t.db, parseConnections(old.replace('Beta', 'Gamma')));
    expect(moved.added.map((r) => r.name)).toEqual(['John Roe']);
    expect(moved.warnings.map((p) => p.reason)).toEqual(['homonym']);
    expect(await countContacts(t.db)).toBe(3);
  });

  test('a row never matches a contact the same import added, even chunks later', async () => {
    const filler = Array.from({ length: 300 }, (_, i) => `F${i},G,https://www.linkedin.com/in/f-${i},,,,`);
    // An old-style row (no URL) at each end: same name, two people for all the file says.
    const text = [HEADER, 'Sam,Lee,,,Acme,,', ...filler, 'Sam,Lee,,,Initech,,'].join('\r\n');
    const report = await importConnections(t.db, parseConnections(text));
    expect(report.added).toHaveLength(302);
    const sams = await t.db.contacts.where('name').equals('Sam Lee').toArray();
    expect(sams.map((c) => c.company).sort()).toEqual(['Acme', 'Initech']);
  });

  test('progress is reported per chunk for a large file, and every row lands', async () => {
    const lines = Array.from(
      { length: 2500 },
      (_, i) => `P${i},Q,https://www.linkedin.com/in/p-${i},,,,1 Jan 2020`,
    );
    const progress: Progress[] = [];
    const report = await importConnections(t.db, parseConnections([HEADER, ...lines].join('\r\n')), (p) =>
      progress.push(p),
    );
    expect(report.added).toHaveLength(2500);
    expect(progress.map((p) => p.done)).toEqual([0, 250, 500, 750, 1000, 1250, 1500, 1750, 2000, 2250, 2500]);
    expect(await countContacts(t.db)).toBe(2500);
  });

  test('a failure mid-import writes nothing (one transaction)', async () => {
    const parsed = parseConnections(sample);
    let calls = 0;
    const failing = () => {
      calls += 1;
      if (calls === 2) throw new Error('tab closed');
    };
    await expect(importConnections(t.db, parsed, failing)).rejects.toThrow('tab closed');
    expect(await countContacts(t.db)).toBe(0);
  });
});
