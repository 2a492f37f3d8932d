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
          // Correctness, not speed (speed is measured by benchmarks): on a shared 2-core machine under load
          // a test that spawns a process can take far longer than vitest's 5 s default.
          testTimeout: 60_000,
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
