import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Four projects: `unit` (pure core, database on fake-indexeddb, background on
 * WXT's fakeBrowser, React components on happy-dom), `e2e` (the built
 * extension in Debian's Chromium), `e2e-firefox` (the Firefox build in
 * Debian's Firefox ESR, over WebDriver BiDi) and `fuzz` (the unit suite's
 * property tests with long runs). `npm test` runs unit, e2e and e2e-firefox;
 * fuzz runs with `npm run test:fuzz` (and in .ci/run).
 */
export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          // One browser at a time: two cores, and each test owns a Chromium.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-firefox',
          environment: 'node',
          include: ['tests/e2e-firefox/**/*.ff.ts'],
          // One Firefox at a time (two cores); a file is one browser session of several journeys.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/e2e-firefox/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'fuzz',
          environment: 'happy-dom',
          include: ['tests/fuzz/**/*.fuzz.ts'],
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 300_000,
        },
      },
    ],
  },
});
