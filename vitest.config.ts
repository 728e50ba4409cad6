import { defineConfig } from 'vitest/config';

// Three projects, one runner: pure unit tests, integration tests on a real database
// (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), and end-to-end tests in Chromium.
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Copenhagen' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          exclude: ['src/**/*.db.test.ts'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
