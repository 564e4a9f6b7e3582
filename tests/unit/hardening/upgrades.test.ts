import { describe, test } from 'vitest';
import { failedUpgradeTouchesNothing, upgradeKeepsEverything } from './upgrade-properties';

describe('schema upgrades (quick run; the long run is in tests/fuzz)', () => {
  test('30 generated v1 databases upgrade with every record kept', { timeout: 60_000 }, async () => {
    await upgradeKeepsEverything(30);
  });

  test(
    '20 v1 databases with one unreadable record: version and data untouched',
    { timeout: 60_000 },
    async () => {
      await failedUpgradeTouchesNothing(20);
    },
  );
});
