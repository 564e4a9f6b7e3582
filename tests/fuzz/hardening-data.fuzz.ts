import { describe, test } from 'vitest';
import { backupEraseRestore } from '../unit/hardening/backup-properties';
import { failedUpgradeTouchesNothing, upgradeKeepsEverything } from '../unit/hardening/upgrade-properties';

describe('nothing is lost (long runs)', () => {
  test('300 generated v1 databases upgrade to the latest version with every record kept', async () => {
    await upgradeKeepsEverything(300);
  });

  test('150 v1 databases with one unreadable record: version 1 and every row untouched', async () => {
    await failedUpgradeTouchesNothing(150);
  });

  test('300 address books: backup → delete everything → restore gives identical data', async () => {
    await backupEraseRestore(300);
  });
});
