import { defineConfig } from 'tsup';

// Dual ESM + CommonJS with declarations for each entry of the package's exports map.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'simulator/index': 'src/simulator/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
});
