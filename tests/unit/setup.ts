import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { loadLanguage } from '@/lib/i18n';

// Both catalogs up front, so tests can switch language synchronously.
await loadLanguage('fr');
// The panel loads the routine lazily (ContactFacts, use-today): loaded up front, a test that
// ends before that import resolves does not leave it loading after the environment is gone.
await import('@/lib/routine');

// findBy*/waitFor wait for what the user would see; Testing Library's 1 s default failed
// first-run tests whose lazy chunks load slowly on two busy cores (CI runs them alone).
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
