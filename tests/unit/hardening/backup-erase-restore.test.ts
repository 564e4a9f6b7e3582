import { describe, test } from 'vitest';
import { backupEraseRestore } from './backup-properties';

describe('backup → delete everything → restore (quick run; the long run is in tests/fuzz)', () => {
  test('40 generated address books come back identical', { timeout: 60_000 }, async () => {
    await backupEraseRestore(40);
  });
});
