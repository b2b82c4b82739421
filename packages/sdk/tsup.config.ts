import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The generated area files (src/api/<area>.ts) carry the spec's prose in JSDoc for editors
 * and the .d.ts files; the JavaScript does not need it, and esbuild would keep it. This drops
 * their doc comments before bundling (the declarations are built from the untouched source).
 */
const dropGeneratedDocComments: Plugin = {
  name: 'drop-generated-doc-comments',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]api[\\/][a-z-]+\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, ''), loader: 'ts' };
    });
  },
};

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
  esbuildPlugins: [dropGeneratedDocComments],
});
