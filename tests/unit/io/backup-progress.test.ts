import { describe, expect, test } from 'vitest';
import { checkBackup, checkBackupInSlices } from '@/lib/io/backup';
import { splitBackupJson } from '@/lib/io/json-slices';
import type { Progress } from '@/lib/io/progress';
import { readTextParts } from '@/components/dashboard/data/files';
import { bigBackupContacts, bigBackupText } from '../../harness/big-backup';

/** Each report's `done` never goes back, never passes `total`, and `total` never changes. */
function expectSteady(progress: Progress[], phase: string) {
  expect(progress.length).toBeGreaterThan(2);
  for (const [i, p] of progress.entries()) {
    expect(p.phase).toBe(phase);
    expect(p.total).toBe(progress[0]!.total);
    expect(p.done).toBeLessThanOrEqual(p.total);
    if (i > 0) expect(p.done).toBeGreaterThanOrEqual(progress[i - 1]!.done);
  }
}

describe('progress while a backup file is read and checked (a 47 MB file takes ~20 s)', () => {
  test('readTextParts: bytes read after each megabyte, up to the size; the text is unchanged', async () => {
    // Over 2 MB, with a 3-byte character across the 1 MB boundary.
    const text = 'a'.repeat((1 << 20) - 1) + '€ Zoë ' + 'b'.repeat(1 << 20);
    const file = new Blob([text]);
    const progress: Progress[] = [];
    const parts = await readTextParts(file, (p) => progress.push(p));
    expect(parts.join('')).toBe(text);
    expectSteady(progress, 'reading');
    expect(progress[0]).toEqual({ phase: 'reading', done: 0, total: file.size });
    expect(progress.at(-1)).toEqual({ phase: 'reading', done: file.size, total: file.size });
    expect(progress).toHaveLength(1 + Math.ceil(file.size / (1 << 20)));
  });

  test('readTextParts of an empty file: 0 of 0, one empty text', async () => {
    const progress: Progress[] = [];
    expect((await readTextParts(new Blob([]), (p) => progress.push(p))).join('')).toBe('');
    expect(progress).toEqual([{ phase: 'reading', done: 0, total: 0 }]);
  });

  test('checkBackupInSlices: "checking" from 0 up to the total, reached only when the file is accepted', async () => {
    const text = bigBackupText(bigBackupContacts(600));
    expect(text.length).toBeGreaterThan(300_000);
    const progress: Progress[] = [];
    const check = await checkBackupInSlices(text, (p) => progress.push(p));
    expect(check.ok).toBe(true);
    expectSteady(progress, 'checking');
    expect(progress[0]!.done).toBe(0);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    // Same verdict as without progress.
    expect(check).toEqual(checkBackup(text));
  });

  test('checkBackupInSlices: a refused file never shows as fully checked', async () => {
    const backup = JSON.parse(bigBackupText(bigBackupContacts(50)));
    backup.tables.contacts[3].name = '';
    const progress: Progress[] = [];
    const check = await checkBackupInSlices(JSON.stringify(backup), (p) => progress.push(p));
    expect(check.ok).toBe(false);
    expect(progress.at(-1)!.done).toBeLessThan(progress.at(-1)!.total);
  });

  test('splitBackupJson: told the characters scanned at each breath and at the end', () => {
    const parts = [bigBackupText(bigBackupContacts(300)), ''];
    const scanned: number[] = [];
    const steps = splitBackupJson(parts, (n) => scanned.push(n));
    let breaths = 0;
    while (!steps.next().done) breaths += 1;
    expect(scanned).toHaveLength(breaths + 1);
    expect(scanned.at(-1)).toBe(parts[0]!.length);
    expect([...scanned].sort((a, b) => a - b)).toEqual(scanned);
  });
});
