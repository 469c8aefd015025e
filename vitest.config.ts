import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { poCatalogue } from './scripts/vite/poCatalogue';

/**
 * Unit, db and component tests (fast, no browser). The end-to-end suite in real Chromium has
 * its own config: vitest.e2e.config.ts.
 */
export default defineConfig({
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), poCatalogue()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/scenario/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/architecture/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          environment: 'node',
          include: ['tests/db/**/*.test.ts'],
          setupFiles: ['tests/db/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          // A real PostgreSQL beside the embedded PGlite (scripts/postgres.mjs).
          globalSetup: ['tests/server/globalSetup.ts'],
          // Argon2id hashing and a database per test: slow is not broken.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          // Typing and sealed reads on a busy two-core machine: slow is not broken.
          testTimeout: 15_000,
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
