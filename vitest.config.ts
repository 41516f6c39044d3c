import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'shared/**/*.test.ts', 'functions/**/*.test.ts'],
    // One DynamoDB Local (Java) for the whole run; test files get their own tables on it.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // Separate processes per file: handlers read process.env at import, so each file's stack needs its
    // own module registry. Two workers suit the 2-core machines, where Java also needs CPU.
    pool: 'forks',
    maxWorkers: 2,
  },
});
