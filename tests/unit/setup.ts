import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadLanguage } from '@/lib/i18n';

// Both catalogs up front, so tests can switch language synchronously.
await loadLanguage('fr');

afterEach(() => {
  cleanup();
});
