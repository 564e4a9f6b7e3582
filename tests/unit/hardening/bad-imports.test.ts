import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GuildDatabase } from '@/lib/db';
import { importConnections, parseConnections, type ProblemReason } from '@/lib/io';
import { problemText } from '@/components/dashboard/data/problem-text';
import { FIXTURES_DIR } from '../../harness/paths';
import { freshDbName } from '../helpers';
import { everything } from '../db/db-fixture';

/**
 * Files a user might pick instead of Connections.csv: each gives a clear
 * report and writes nothing (the address book already holds the sample).
 */

/** A file's bytes, as the dashboard reads them (the encoding is detected). */
const asText = (name: string) =>
  new Uint8Array(readFileSync(path.join(FIXTURES_DIR, 'hostile-imports', name)));

/** A plausible export of `rows` connections (about 120 bytes each). */
function bigExport(rows: number): string {
  const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
  const line = (i: number) =>
    `Person${i},Last${i},https://www.linkedin.com/in/person-${i},p${i}@example.org,Company ${i % 997},Engineer,15 Mar 2024\n`;
  const parts = [header];
  for (let i = 0; i < rows; i++) parts.push(line(i));
  return parts.join('');
}

describe('bad imports: a clear report, nothing written', () => {
  let db: GuildDatabase;
  beforeEach(async () => {
    db = new GuildDatabase(freshDbName());
    const sample = readFileSync(path.join(FIXTURES_DIR, 'linkedin-export', 'Connections.csv'), 'utf8');
    await importConnections(db, parseConnections(sample));
  });
  afterEach(() => db.delete());

  /** One reason for the whole file (not "Skipped: 1 / Row 1"), in words, and nothing written. */
  async function importsNothing(file: string | Uint8Array, reason: ProblemReason, words: RegExp) {
    const before = await everything(db);
    const parsed = parseConnections(file);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems).toEqual([expect.objectContaining({ severity: 'refused', reason })]);
    const report = await importConnections(db, parsed);
    expect(report).toMatchObject({ added: [], updated: [], unchanged: [], skipped: [], warnings: [] });
    expect(problemText(report.refused!)).toMatch(words);
    expect(await everything(db)).toEqual(before);
  }

  test('a PNG image', async () => {
    await importsNothing(asText('not-a-csv.png'), 'no-header', /is this LinkedIn’s Connections\.csv/);
  });

  test('the whole export as a ZIP archive, not the CSV inside it', async () => {
    await importsNothing(
      asText('Basic_LinkedInDataExport.zip'),
      'no-header',
      /is this LinkedIn’s Connections\.csv/,
    );
  });

  test('an invented 2019-style export with camel-case headers is refused, not half-read', async () => {
    await importsNothing(
      asText('Connections-2019-variant.csv'),
      'no-header',
      /no header row with “First Name”/,
    );
  });

  test('a pre-2022 export without URL column is valid (for contrast)', () => {
    const parsed = parseConnections(
      'First Name,Last Name,Email Address,Company,Position,Connected On\nAda,Lovelace,,Analytical,Engineer,10 Dec 2019\n',
    );
    expect(parsed.rows).toMatchObject([{ name: 'Ada Lovelace', company: 'Analytical' }]);
  });

  test('a file cut off inside a quoted cell is refused whole (found: its last row was imported half-read)', async () => {
    await importsNothing(
      asText('Connections-truncated.csv'),
      'cut-off',
      /row 7 is cut off inside a quoted cell/,
    );
  });

  test(
    'a 50 MB file is refused at once (found: it was parsed in one blocking pass of seconds)',
    { timeout: 30_000 },
    async () => {
      const text = bigExport(430_000);
      expect(text.length).toBeGreaterThan(50_000_000);
      const started = performance.now();
      await importsNothing(text, 'too-large', /^the file is 5\d MB/);
      expect(performance.now() - started).toBeLessThan(2000);
    },
  );

  test(
    "a real-sized export (30,000 connections, LinkedIn's cap) is still accepted",
    { timeout: 30_000 },
    () => {
      const parsed = parseConnections(bigExport(30_000));
      expect(parsed.rows).toHaveLength(30_000);
      expect(parsed.problems).toEqual([]);
    },
  );
});
