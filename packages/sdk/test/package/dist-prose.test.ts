/**
 * The built JavaScript carries no prose of the spec: summaries and parameter descriptions
 * reach users through the .d.ts JSDoc and docs/api.md, not the bundle every user loads.
 * (packed-package.test.ts checks that the table rows are bundled once per format.)
 * Needs `npm run build` first (`npm test` builds before testing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../../scripts/spec/load.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dist = join(root, 'packages/sdk/dist');
const areas = loadSpec(join(root, 'spec'));

function distFiles(pattern: RegExp): string[] {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => pattern.test(f)).map((f) => join(dist, f));
}

describe.skipIf(!existsSync(dist))('packages/sdk/dist (skipped without a build: run `npm run build`)', () => {
  const prose = areas.flatMap((a) =>
    a.operations.flatMap((op) => [
      { where: `${a.area}.${op.name} summary`, text: op.summary },
      ...(op.note ? [{ where: `${a.area}.${op.name} note`, text: op.note }] : []),
      // Short descriptions ("Page size.") could match code by chance; the long ones are prose.
      ...op.params.filter((p) => (p.description ?? '').length >= 30).map((p) => ({ where: `${a.area}.${op.name} ${p.name}`, text: p.description as string })),
    ]),
  );

  it('holds no summary, note or parameter description of the spec in its JavaScript', () => {
    expect(prose.length).toBeGreaterThan(300);
    const files = distFiles(/\.(c?js)$/);
    expect(files.length).toBeGreaterThan(4);
    const bundle = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(prose.filter((p) => bundle.includes(p.text)).map((p) => p.where)).toEqual([]);
  });

  it('keeps the prose in the type declarations, where editors show it', () => {
    const declarations = distFiles(/\.d\.ts$/).map((f) => readFileSync(f, 'utf8')).join('\n');
    const summaries = prose.filter((p) => p.where.endsWith(' summary'));
    // Hand-written methods (ping) have their own JSDoc.
    const missing = summaries.filter((p) => !declarations.includes(p.text.replace(/\*\//g, '* /')));
    expect(missing.length).toBeLessThanOrEqual(areas.flatMap((a) => a.operations.filter((o) => o.handWritten)).length);
  });
});
