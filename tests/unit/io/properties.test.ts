import { describe, test } from 'vitest';
import { backupRoundTrip, importerNeverPartial } from './properties';

// Quick versions; `npm run test:fuzz` runs the same properties many more times.
// Each run builds, backs up and restores whole generated databases (restore
// yields between slices): 1–4 s on two busy cores, so 5 s was too close.
describe('properties (quick)', { timeout: 30_000 }, () => {
  test('backup → restore into an empty database gives identical data', async () => {
    await backupRoundTrip(15);
  });

  test('random CSV never crashes the importer and never writes a partial import', async () => {
    await importerNeverPartial(30);
  });
});
