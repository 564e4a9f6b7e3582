import { describe, expect, test } from 'vitest';
import { readerSurvivesHostilePages } from '../unit/hardening/reader-properties';

// 1,500 pages in two files of 750, each in its own process: happy-dom keeps
// much of every parsed megabyte page, and one process reading all 1,500 once
// reached the fuzz project's 6 GB heap (a fresh-clone CI run, 2026-12-07).
// The rendering run lives in its own file too (hostile-render.fuzz.ts).
describe('hostile profile pages (long runs, first half)', () => {
  test('750 generated pages: the reader never throws, answers in the schema, https photos, clean text', () => {
    const tally = readerSurvivesHostilePages(750);
    console.info('hostile pages (750):', tally);
    expect(tally.ok).toBeGreaterThan(50);
    expect(tally.failed).toBeGreaterThan(10);
  });
});
