import { describe, test } from 'vitest';
import { backupRoundTrip, importerNeverPartial } from '../unit/io/properties';

describe('properties (long runs)', () => {
  test('backup → restore into an empty database gives identical data', async () => {
    await backupRoundTrip(800);
  });

  test('random CSV never crashes the importer and never writes a partial import', async () => {
    await importerNeverPartial(3000);
  });
});
