import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The Redis entry imports the core through `../index.js`; at build time that import
 * becomes `athenahealth-sdk` (the package's own main entry), so both entries share
 * one copy of the core and `instanceof` on errors holds across them.
 */
const redisUsesMainEntry: Plugin = {
  name: 'redis-uses-main-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]redis[\\/]/.test(args.importer) ? { path: 'athenahealth-sdk', external: true } : undefined,
    );
  },
};

// Dual ESM + CommonJS with declarations for each entry of the package's exports map,
// plus the `athena` bin (src/cli starts with a #! line, which esbuild keeps and tsup makes executable).
// The CLI bundles its own copy of the core; commander and cli-progress stay external dependencies.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'simulator/index': 'src/simulator/index.ts',
    'redis/index': 'src/redis/index.ts',
    'cli/index': 'src/cli/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', 'simulator/index': 'src/simulator/index.ts', 'redis/index': 'src/redis/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
  esbuildPlugins: [redisUsesMainEntry],
});
