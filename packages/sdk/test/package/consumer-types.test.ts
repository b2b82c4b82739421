/**
 * The packed SDK's declarations as TypeScript users get them: installed offline into an ESM
 * and a CommonJS project (no @types/fhir anywhere), then consumer/app.ts is compiled with the
 * repo's TypeScript, strict and with skipLibCheck off, under each moduleResolution a user may
 * have. A control compile retypes the client as `any` and must fail on each `@ts-expect-error`,
 * which shows the directives detect untyped results. Needs `npm run build` first.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installOffline, linkFromRepo, makeProject, pack, REPO_ROOT, run, SDK_DIR } from './packing.js';

const TSC = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
const APP = join(import.meta.dirname, 'consumer/app.ts');

interface Case {
  name: string;
  project: 'esm' | 'cjs';
  module: string;
  moduleResolution: string;
  /** The main entry's declaration file this resolution must pick. */
  entry: string;
}

const CASES: Case[] = [
  { name: 'node16, ESM project', project: 'esm', module: 'node16', moduleResolution: 'node16', entry: 'dist/index.d.ts' },
  { name: 'node16, CommonJS project', project: 'cjs', module: 'node16', moduleResolution: 'node16', entry: 'dist/index.d.cts' },
  { name: 'nodenext', project: 'esm', module: 'nodenext', moduleResolution: 'nodenext', entry: 'dist/index.d.ts' },
  { name: 'bundler', project: 'esm', module: 'esnext', moduleResolution: 'bundler', entry: 'dist/index.d.ts' },
  { name: 'node10', project: 'cjs', module: 'commonjs', moduleResolution: 'node10', entry: 'dist/index.d.ts' },
];

interface Compile {
  exitCode: number;
  output: string;
}

const compiles = new Map<string, Promise<Compile>>();
let projects: Record<Case['project'], string>;
let workDir: string | undefined;

/** Writes a tsconfig for the case into its project and runs tsc on it, listing the files it read. */
function compile(c: Case, file: string, tag: string, skipLibCheck = false): Promise<Compile> {
  const dir = projects[c.project];
  const tsconfig = `tsconfig.${tag}.json`;
  writeFileSync(
    join(dir, tsconfig),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        lib: ['es2022'],
        types: ['node'],
        module: c.module,
        moduleResolution: c.moduleResolution,
        strict: true,
        skipLibCheck,
        noEmit: true,
      },
      files: [file],
    }),
  );
  return run(process.execPath, [TSC, '-p', tsconfig, '--listFiles', '--pretty', 'false'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout }) => ({ exitCode: 0, output: stdout }),
    (error: { code?: number; stdout?: string }) => ({ exitCode: error.code ?? -1, output: error.stdout ?? String(error) }),
  );
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'athena-types-'));
  const { tarball } = await pack(SDK_DIR, workDir);
  projects = { esm: makeProject(workDir, 'esm-types', 'module'), cjs: makeProject(workDir, 'cjs-types', 'commonjs') };
  await Promise.all(Object.values(projects).map((dir) => installOffline(dir, [tarball])));
  for (const dir of Object.values(projects)) {
    // What a TypeScript user of the redis entry has anyway; linked after the install, which would prune them.
    linkFromRepo(dir, ['@types/node', 'ioredis']);
    copyFileSync(APP, join(dir, 'app.ts'));
    writeFileSync(join(dir, 'control.ts'), readFileSync(APP, 'utf8').replace('const athena = client;', 'const athena: any = client;'));
  }
  // All compiles at once: each is a separate tsc process.
  for (const c of CASES) compiles.set(c.name, compile(c, 'app.ts', c.name.replace(/\W+/g, '-')));
  // The control is about control.ts alone; the libraries are checked by the cases.
  compiles.set('control', compile(CASES[3] as Case, 'control.ts', 'control', true));
  await Promise.all(compiles.values());
}, 180_000);

afterAll(() => {
  if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
});

const diagnostics = (output: string) => output.split('\n').filter((line) => /error TS\d+/.test(line));

describe('a TypeScript consumer of the packed SDK', () => {
  for (const c of CASES) {
    it(`compiles under ${c.name}, with the SDK's types from ${c.entry}`, async () => {
      const { exitCode, output } = (await compiles.get(c.name)) as Compile;
      expect(diagnostics(output)).toEqual([]);
      expect(exitCode).toBe(0);
      const sdkFiles = output.split('\n').filter((line) => line.includes('/node_modules/athenahealth-sdk/'));
      expect(sdkFiles.some((line) => line.endsWith(`/athenahealth-sdk/${c.entry}`))).toBe(true);
      // No declaration outside the SDK, Node's and ioredis' own: no @types/fhir.
      expect(output).not.toMatch(/@types\/fhir/);
    });
  }

  it("fails on every @ts-expect-error about the client's results once the client is `any`", async () => {
    const { output } = (await compiles.get('control')) as Compile;
    const lines = readFileSync(APP, 'utf8').split('\n');
    const redisPart = lines.findIndex((line) => line.includes("ioredis' client fits"));
    const expected = lines.flatMap((line, i) => (/^\s*\/\/ @ts-expect-error/.test(line) && i < redisPart ? [`control.ts(${i + 1},`] : []));
    expect(expected.length).toBeGreaterThanOrEqual(6);
    expect(diagnostics(output).map((line) => `${line.slice(0, line.indexOf(',') + 1)} ${/TS\d+/.exec(line)?.[0]}`)).toEqual(expected.map((at) => `${at} TS2578`));
  });
});
