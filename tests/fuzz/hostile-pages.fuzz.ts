import { describe, expect, test } from 'vitest';
import { readerSurvivesHostilePages } from '../unit/hardening/reader-properties';

// The rendering run lives in its own file (hostile-render.fuzz.ts): each file
// gets its own process, and 1,500 parsed megabyte pages leave happy-dom's heap
// too full to render 400 panels after them.
describe('hostile profile pages (long runs)', () => {
  test('1,500 generated pages: the reader never throws, answers in the schema, https photos, clean text', () => {
    const tally = readerSurvivesHostilePages(1500);
    console.info('hostile pages (1500):', tally);
    expect(tally.ok).toBeGreaterThan(100);
    expect(tally.failed).toBeGreaterThan(20);
  });
});
