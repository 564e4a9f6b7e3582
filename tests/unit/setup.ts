import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadLanguage } from '@/lib/i18n';

// Both catalogs up front, so tests can switch language synchronously.
await loadLanguage('fr');
// The panel loads the routine lazily (ContactFacts, use-today): loaded up front, a test that
// ends before that import resolves does not leave it loading after the environment is gone.
await import('@/lib/routine');

afterEach(() => {
  cleanup();
});
