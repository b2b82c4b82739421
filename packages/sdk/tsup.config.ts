import { defineConfig } from 'tsup';

// Dual ESM + CommonJS with declarations for each entry of the exports map. Splitting puts
// what the entries share (the core, the operation table) in chunks loaded once, so the
// simulator and redis entries use the very classes of the main entry (`instanceof` holds).
// Source maps stay out of the package (`files` leaves out *.map).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'simulator/index': 'src/simulator/index.ts',
    'redis/index': 'src/redis/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'node20',
  splitting: true,
});
