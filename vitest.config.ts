import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const TIMING_SENSITIVE = [
  'packages/sdk/test/redis/multi-process.test.ts',
  'packages/sdk/test/redis/fallback-rate.test.ts',
  // Every call must settle within its deadline plus a slack: other test files' load would decide it.
  'packages/sdk/test/hardening/hostile-server.fuzz.test.ts',
];
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // The same mapping as tsconfig.json's paths: tests run the SDK's sources.
    alias: [
      { find: /^athenahealth-sdk\/simulator$/, replacement: source('./packages/sdk/src/simulator/index.ts') },
      { find: /^athenahealth-sdk\/redis$/, replacement: source('./packages/sdk/src/redis/index.ts') },
      { find: /^athenahealth-sdk$/, replacement: source('./packages/sdk/src/index.ts') },
    ],
  },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests start their own simulator on an ephemeral port; nothing leaves loopback.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'sdk', include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['**/node_modules/**', ...TIMING_SENSITIVE], sequence: { groupOrder: 0 } },
      },
      // Measure aggregate request rates across processes: they run alone, after the rest and one file at a time, so nothing else skews them.
      { extends: true, test: { name: 'timing', include: TIMING_SENSITIVE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
