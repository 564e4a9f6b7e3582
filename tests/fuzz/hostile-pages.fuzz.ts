import { describe, expect, test } from 'vitest';
import { panelRendersInert, readerSurvivesHostilePages } from '../unit/hardening/reader-properties';

describe('hostile profile pages (long runs)', () => {
  test('1,500 generated pages: the reader never throws, answers in the schema, https only, clean text', () => {
    const tally = readerSurvivesHostilePages(1500);
    console.info('hostile pages (1500):', tally);
    expect(tally.ok).toBeGreaterThan(100);
    expect(tally.failed).toBeGreaterThan(20);
  });

  test('200 generated pages rendered through the side panel stay inert', async () => {
    await panelRendersInert(200);
  });
});
