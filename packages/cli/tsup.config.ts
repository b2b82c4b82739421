import { defineConfig } from 'tsup';

// The `athena` bin, ESM only. athenahealth-sdk, commander and cli-progress stay external:
// they are the package's dependencies, so the CLI carries no copy of the SDK.
// src/index.ts starts with a #! line, which esbuild keeps and tsup makes executable.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  clean: true,
  target: 'node20',
  splitting: false,
});
