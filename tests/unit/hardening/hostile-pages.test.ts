import { describe, expect, test } from 'vitest';
import { panelRendersInert, readerSurvivesHostilePages } from './reader-properties';

describe('hostile profile pages (quick run; the long run is in tests/fuzz)', () => {
  test(
    '200 generated pages: never throws, schema-valid, https photos, clean capped text, no decoy',
    { timeout: 60_000 },
    () => {
      const tally = readerSurvivesHostilePages(200);
      console.info('hostile pages (200):', tally);
      // The corpus must exercise both paths, or the properties prove little.
      expect(tally.ok).toBeGreaterThan(20);
      expect(tally.failed).toBeGreaterThan(5);
    },
  );
});

describe('what the reader returns renders inert in the side panel', () => {
  test(
    '40 generated pages through PanelApp: no script, no on* attribute, no foreign element',
    { timeout: 60_000 },
    async () => {
      await panelRendersInert(40);
    },
  );
});
