import { defineConfig } from 'vitest/config';

/** Browser tests: real API, real PostgreSQL, Debian's Chromium. Run after `pnpm build`. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    setupFiles: ['e2e/on-failure.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // A screen that waits on the server may take seconds on a busy 2-core CI machine: polls
    // (which pass as soon as they match) wait up to 15 s unless a test says otherwise.
    expect: { poll: { timeout: 15_000 } },
  },
});
