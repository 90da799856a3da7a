import { defineConfig } from 'vitest/config';

// Browser tests share one Chromium per file and the machine has two cores: run files one after another.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
