import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of the data layer, and end-to-end tests against the built site in
// Debian's Chromium (they expect dist/ to exist; `npm test` builds it first).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
