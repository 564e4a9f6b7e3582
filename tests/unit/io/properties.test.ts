import { describe, test } from 'vitest';
import { backupRoundTrip, importerNeverPartial } from './properties';

// Quick versions; `npm run test:fuzz` runs the same properties many more times.
describe('properties (quick)', () => {
  test('backup → restore into an empty database gives identical data', async () => {
    await backupRoundTrip(15);
  });

  test('random CSV never crashes the importer and never writes a partial import', async () => {
    await importerNeverPartial(30);
  });
});
