import { defineConfig } from 'vitest/config';

const TIMING_SENSITIVE = ['test/redis/multi-process.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests start their own simulator on an ephemeral port; nothing leaves loopback.
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'sdk', include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', ...TIMING_SENSITIVE], sequence: { groupOrder: 0 } } },
      // Measures an aggregate request rate across processes: it runs alone, after the rest, so other files do not skew it.
      { extends: true, test: { name: 'timing', include: TIMING_SENSITIVE, sequence: { groupOrder: 1 } } },
    ],
  },
});
