import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // vitest would otherwise load graphql's ESM and CJS builds side by side (STACK.md, trap 6).
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/app/testing/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
