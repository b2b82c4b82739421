/**
 * Curation notes ("UNSURE …") and athena's catalogue boilerplate ("Basic get request,
 * takes no parameters") must not reach anything users read: docs/api.md, the JSDoc they
 * see on hover (source and the built .d.ts), and the spec's summaries and descriptions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../scripts/spec/load.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FORBIDDEN = /UNSURE|Basic get request|takes no parameters/i;

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f));
}

/** Each `/** … *\/` comment of a file that names a forbidden phrase, as `file: first line`. */
function offendingDocComments(files: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    for (const [comment] of readFileSync(file, 'utf8').matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      if (FORBIDDEN.test(comment)) out.push(`${file.slice(root.length)}: ${comment.split('\n').find((l) => FORBIDDEN.test(l))?.trim()}`);
    }
  }
  return out;
}

describe('no curation notes or catalogue boilerplate where users read', () => {
  it('docs/api.md has none', () => {
    const offending = readFileSync(join(root, 'docs/api.md'), 'utf8').split('\n').filter((l) => FORBIDDEN.test(l));
    expect(offending).toEqual([]);
  });

  it('the JSDoc in packages/sdk/src has none', () => {
    const files = filesUnder(join(root, 'packages/sdk/src'), '.ts');
    expect(files.length).toBeGreaterThan(50);
    expect(offendingDocComments(files)).toEqual([]);
  });

  it('the spec (summaries, notes and parameter descriptions) has none', () => {
    const texts = loadSpec(join(root, 'spec')).flatMap((area) =>
      area.operations.flatMap((op) => [op.summary, op.note ?? '', ...op.params.map((p) => p.description ?? '')].map((t) => `${area.area}.${op.name}: ${t}`)),
    );
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((t) => FORBIDDEN.test(t))).toEqual([]);
  });

  const dist = join(root, 'packages/sdk/dist');
  it.skipIf(!existsSync(dist))('the built type declarations in packages/sdk/dist have none (skipped without a build: run `npm run build`)', () => {
    const files = [...filesUnder(dist, '.d.ts'), ...filesUnder(dist, '.d.cts')];
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => FORBIDDEN.test(l)).map((l) => `${f.slice(root.length)}: ${l.trim()}`));
    expect(offending).toEqual([]);
  });
});
