/**
 * `npm run generate`: spec/*.json → packages/sdk/src/api/<area>.ts (table rows, Params types
 * and methods of each area), packages/sdk/src/api/index.ts, and docs/api.md. Deterministic:
 * the same spec gives the same bytes, so CI regenerates and fails on any difference.
 * Reads nothing outside the repository.
 *
 *   npm run generate            write the files
 *   npm run generate -- --spec  only check the spec (fast: no TypeScript program for the docs)
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileName, loadSpec, SpecError } from './spec/load.js';
import { HEADER, renderArea } from './spec/render-area.js';
import { renderIndex } from './spec/render-index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiDir = join(root, 'packages/sdk/src/api');

/** Writes only when the content differs, so an unchanged file keeps its timestamp. */
function write(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}

async function main(): Promise<void> {
  let areas;
  try {
    areas = loadSpec(join(root, 'spec'));
  } catch (error) {
    if (error instanceof SpecError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (process.argv.includes('--spec')) {
    console.log(`generate: spec/ is well-formed (${areas.reduce((n, a) => n + a.operations.length, 0)} operations)`);
    return;
  }
  const written = new Set<string>();
  let changed = 0;
  for (const area of areas) {
    const file = `${fileName(area.area)}.ts`;
    written.add(file);
    if (area.helpers && !existsSync(join(apiDir, `${fileName(area.area)}.helpers.ts`))) {
      throw new Error(`generate: spec/${fileName(area.area)}.json declares helpers, but packages/sdk/src/api/${fileName(area.area)}.helpers.ts does not exist`);
    }
    if (write(join(apiDir, file), renderArea(area))) changed++;
  }
  written.add('index.ts');
  if (write(join(apiDir, 'index.ts'), renderIndex(areas))) changed++;
  // A generated file whose area left the spec.
  const marker = HEADER('').slice(0, 30);
  for (const file of readdirSync(apiDir)) {
    if (!file.endsWith('.ts') || written.has(file)) continue;
    if (readFileSync(join(apiDir, file), 'utf8').startsWith(marker)) {
      rmSync(join(apiDir, file));
      changed++;
    }
  }
  // The docs read the method signatures of the files just written.
  const { renderApiDocs } = await import('./api-docs.js');
  if (write(join(root, 'docs/api.md'), renderApiDocs())) changed++;
  const count = areas.reduce((n, a) => n + a.operations.length, 0);
  console.log(`generate: ${count} operations in ${areas.length} areas; ${changed} file(s) changed`);
}

await main();
