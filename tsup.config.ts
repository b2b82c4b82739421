import { defineConfig } from 'tsup';

// Dual ESM + CommonJS with declarations for each entry of the package's exports map,
// plus the `athena` bin (src/cli starts with a #! line, which esbuild keeps and tsup makes executable).
// The CLI bundles its own copy of the core; commander and cli-progress stay external dependencies.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'simulator/index': 'src/simulator/index.ts',
    'cli/index': 'src/cli/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', 'simulator/index': 'src/simulator/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
});
