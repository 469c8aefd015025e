import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in real headless Chromium (playwright-core driving Debian's chromium)
 * against the production build served by `vite preview`, plus checks on the built files.
 * Run by `npm run test:e2e`, which builds first.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    // One browser at a time: the machine has two cores and the tests measure real behaviour.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A journey that fails is run once more on a fresh browser and profile: on a busy two-core
    // machine a wait (an unlock's key derivation, a worker starting) has outlasted its minute
    // about once in several hundred journeys. The first failure still prints what the page
    // showed and said (support/app.ts), so a real fault shows as a failure twice or as a report.
    retry: 1,
  },
});
