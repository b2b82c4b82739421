/**
 * spec/ is the source of the operation table: it loads and checks, the generated files are
 * exactly what it renders, and a malformed spec fails with the file, the operation and what
 * is wrong, before any code is written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fileName, loadSpec, SpecError } from '../../scripts/spec/load.js';
import { renderArea } from '../../scripts/spec/render-area.js';
import { renderIndex } from '../../scripts/spec/render-index.js';
import type { SpecArea } from '../../scripts/spec/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const specDir = join(root, 'spec');
const areas = loadSpec(specDir);
const scratch = mkdtempSync(join(tmpdir(), 'spec-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Loads a copy of spec/appointment-types.json changed by `edit`, alone in a directory. */
function loadEdited(edit: (area: SpecArea) => void, file = 'appointment-types.json'): () => SpecArea[] {
  const area = JSON.parse(readFileSync(join(specDir, file), 'utf8')) as SpecArea;
  edit(area);
  const dir = mkdtempSync(join(scratch, 'case-'));
  writeFileSync(join(dir, file), JSON.stringify(area));
  return () => loadSpec(dir);
}

describe('spec/', () => {
  it('holds every operation once, each with a summary and at least one source', () => {
    const ops = areas.flatMap((a) => a.operations);
    expect(ops.length).toBeGreaterThanOrEqual(335);
    for (const op of ops) {
      expect(op.summary.length, op.name).toBeGreaterThan(10);
      expect(op.sources.length, op.name).toBeGreaterThan(0);
    }
  });

  it('generated packages/sdk/src/api exactly as it renders (edit the spec, then npm run generate)', () => {
    for (const area of areas) {
      expect(readFileSync(join(root, 'packages/sdk/src/api', `${fileName(area.area)}.ts`), 'utf8'), area.area).toBe(renderArea(area));
    }
    expect(readFileSync(join(root, 'packages/sdk/src/api/index.ts'), 'utf8')).toBe(renderIndex(areas));
  });

  it('names every path argument in camelCase by one rule: lower-cased, it is the wire name', () => {
    const args = areas.flatMap((a) => a.operations.flatMap((o) => o.params.filter((p) => p.in === 'path')));
    expect(args.find((p) => p.name === 'appointmenttypeid')?.arg).toBe('appointmentTypeId');
    expect(args.find((p) => p.name === 'releaseauthorizationid')?.arg).toBe('releaseAuthorizationId');
    for (const p of args) expect(p.arg?.toLowerCase()).toBe(p.name);
    const source = readFileSync(join(root, 'packages/sdk/src/api/appointment-types.ts'), 'utf8');
    expect(source).toContain('getAppointmentType(appointmentTypeId: string');
  });
});

describe('a malformed spec fails with a clear message', () => {
  const cases: [string, (a: SpecArea) => void, RegExp][] = [
    ['an argument that is not the camelCase wire name', (a) => ((a.operations[2]!.params[0]!).arg = 'appointmenttypeId2'), /appointment-types\.json getAppointmentType param appointmenttypeid: arg must be the camelCase/],
    ['an unknown field', (a) => Object.assign(a.operations[0]!, { summry: 'x' }), /appointment-types\.json listAppointmentTypes: unknown field "summry"/],
    ['no sources', (a) => (a.operations[0]!.sources = []), /sources must name at least one public source/],
    ['a page without its collection key', (a) => (a.operations[0]!.response = { kind: 'page' }), /a page response needs its collectionKey/],
    ['a placeholder without a path parameter', (a) => (a.operations[2]!.path = '/appointmenttypes/{appointmenttypeid}/{other}'), /\{other\} of the path has no path parameter/],
    ['an unknown parameter type', (a) => ((a.operations[0]!.params[0] as { type: string }).type = 'integer'), /type must be one of string, number/],
    ['a group naming an unknown parameter', (a) => (a.operations[0]!.atLeastOneOf = [['nosuch']]), /atLeastOneOf names nosuch/],
    ['a two-line summary', (a) => (a.operations[0]!.summary = 'One.\nTwo.'), /summary must be one non-empty line/],
  ];
  for (const [name, edit, message] of cases) {
    it(name, () => {
      const load = loadEdited(edit);
      expect(load).toThrow(SpecError);
      expect(load).toThrow(message);
    });
  }

  it('invalid JSON names the file', () => {
    const dir = mkdtempSync(join(scratch, 'json-'));
    writeFileSync(join(dir, 'claims.json'), '{ "area": "claims", }');
    expect(() => loadSpec(dir)).toThrow(/spec: claims\.json: not valid JSON/);
  });

  it('a method name used twice across areas', () => {
    const dir = mkdtempSync(join(scratch, 'dup-'));
    for (const file of ['appointment-types.json', 'claims.json']) writeFileSync(join(dir, file), readFileSync(join(specDir, file)));
    const claims = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as SpecArea;
    claims.operations[0]!.name = 'listAppointmentTypes';
    writeFileSync(join(dir, 'claims.json'), JSON.stringify(claims));
    expect(() => loadSpec(dir)).toThrow(/method name listAppointmentTypes is used by appointmentTypes and claims/);
  });
});
