import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // TEST_DATABASE=postgres: a migrated template database per run, dropped with every test database after it.
    globalSetup: ['tests/global-setup.ts'],
  },
});
