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

// Dual ESM + CommonJS with declarations for each entry of the package's exports map.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'simulator/index': 'src/simulator/index.ts',
    'redis/index': 'src/redis/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
  esbuildPlugins: [redisUsesMainEntry],
});
