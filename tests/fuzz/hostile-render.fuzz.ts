import { describe, test } from 'vitest';
import { panelRendersInert } from '../unit/hardening/reader-properties';

describe('hostile profile pages rendered (long runs)', () => {
  test('200 generated pages rendered through the side panel stay inert', async () => {
    await panelRendersInert(200);
  });
});
