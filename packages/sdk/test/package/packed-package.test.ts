/**
 * The published package, as a user gets it: `npm pack` of the built dist, installed
 * offline into plain ESM and CommonJS projects, then imported and run against the
 * simulator; and the core loaded with Node's own globals removed, as on Bun, Deno
 * or an edge runtime. Needs `npm run build` first (.ci/run builds before testing).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let sim: Simulator;
let tarball: string;
let workDir: string;

/** Newest modification time under a folder. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

async function project(name: string, type: 'module' | 'commonjs'): Promise<string> {
  const dir = join(workDir, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type }));
  // Offline: the core has no runtime dependencies; the CLI's two and @types/fhir are in npm's cache after `npm ci`.
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: dir });
  return dir;
}

async function node(dir: string, file: string, source: string, args: string[] = []): Promise<string> {
  writeFileSync(join(dir, file), source);
  const { stdout } = await run(process.execPath, [file, ...args], { cwd: dir, env: { PATH: process.env.PATH } });
  return stdout.trim();
}

const credentials = () => JSON.stringify({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url });

beforeAll(async () => {
  const dist = join(ROOT, 'dist');
  let built: number;
  try {
    built = statSync(join(dist, 'index.js')).mtimeMs;
  } catch {
    throw new Error('dist/ is missing: run `npm run build` before `npm test`.');
  }
  if (newestMtime(join(ROOT, 'src')) > built) throw new Error('dist/ is older than src/: run `npm run build` before `npm test`.');

  sim = await startSimulator({ tokenRequestsPerWindow: 1000 });
  workDir = mkdtempSync(join(tmpdir(), 'athena-pack-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], { cwd: ROOT });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(workDir, packed?.filename ?? '');
  const files = packed?.files.map((f) => f.path) ?? [];
  expect(files).toContain('dist/cli/index.js');
  expect(files).toContain('CHANGELOG.md');
  // The bin is ESM; tsup's CommonJS copy of it is not shipped.
  expect(files).not.toContain('dist/cli/index.cjs');
  expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
}, 120_000);

afterAll(async () => {
  await sim?.stop();
});

describe('the packed package', { timeout: 60_000 }, () => {
  it('imports and works from a plain ESM project, simulator subpath and bin included', async () => {
    const dir = await project('esm-user', 'module');
    const out = await node(
      dir,
      'check.mjs',
      `import { AthenaClient, NotFoundError } from 'athenahealth-sdk';
       import { startSimulator } from 'athenahealth-sdk/simulator';
       const athena = new AthenaClient({ ...JSON.parse(process.argv[2]), logLevel: 'off' });
       const patient = await athena.patients.getPatient('1');
       let notFound = false;
       try { await athena.patients.getPatient('999999'); } catch (e) { notFound = e instanceof NotFoundError; }
       athena.close();
       console.log(JSON.stringify({ patientid: patient.patientid, notFound, simulator: typeof startSimulator }));`,
      [credentials()],
    );
    expect(JSON.parse(out)).toEqual({ patientid: '1', notFound: true, simulator: 'function' });

    const { stdout } = await run(join(dir, 'node_modules/.bin/athena'), ['--version'], { cwd: dir });
    expect(stdout.trim()).toBe(VERSION);
  });

  it('requires and works from a plain CommonJS project', async () => {
    const dir = await project('cjs-user', 'commonjs');
    const out = await node(
      dir,
      'check.js',
      `const { AthenaClient, AthenaError } = require('athenahealth-sdk');
       const { startSimulator } = require('athenahealth-sdk/simulator');
       (async () => {
         const athena = new AthenaClient({ ...JSON.parse(process.argv[2]), logLevel: 'off' });
         const page = await athena.departments.listDepartments();
         athena.close();
         console.log(JSON.stringify({ departments: page.items.length > 0, errors: typeof AthenaError, simulator: typeof startSimulator }));
       })();`,
      [credentials()],
    );
    expect(JSON.parse(out)).toEqual({ departments: true, errors: 'function', simulator: 'function' });
  });

  it('loads and calls athena from ESM with process and require removed', async () => {
    const dir = await project('no-node-user', 'module');
    const out = await node(
      dir,
      'check.mjs',
      `const options = JSON.parse(process.argv[2]);
       const print = console.log;
       // Buffer, global and setImmediate stay here: Node's own fetch (undici) needs them.
       // The realm test below has none of them.
       for (const name of ['process', 'require', 'module', '__filename', '__dirname']) {
         delete globalThis[name];
         if (name in globalThis) throw new Error('could not remove ' + name);
       }
       const { AthenaClient } = await import('athenahealth-sdk');
       // Given a fetch, and found on its own: without process it must pick the global fetch.
       const given = new AthenaClient({ ...options, logLevel: 'off', fetch: (input, init) => fetch(input, init) });
       const found = new AthenaClient({ ...options, logLevel: 'off' });
       const a = await given.patients.getPatient('1');
       const pages = [];
       for await (const page of found.patients.searchPatients({ lastname: 'Smith', limit: 5 }).byPage()) pages.push(page.items.length);
       print(JSON.stringify({ patientid: a.patientid, pages: pages.length, hasProcess: typeof process }));`,
      [credentials()],
    );
    const result = JSON.parse(out) as { patientid: string; pages: number; hasProcess: string };
    expect(result.patientid).toBe('1');
    expect(result.pages).toBeGreaterThan(1);
    expect(result.hasProcess).toBe('undefined');
  });

  it('runs in a realm with only web globals and a fetch (no process, Buffer, global, require), as on an edge runtime', async () => {
    const dir = await project('edge-user', 'commonjs');
    const source = readFileSync(join(dir, 'node_modules/athenahealth-sdk/dist/index.cjs'), 'utf8');
    // What WinterCG runtimes (Deno, Bun, Cloudflare Workers, Vercel Edge) share; nothing Node-specific.
    const web = {
      fetch: (input: string, init?: RequestInit) => fetch(input, init),
      URL, URLSearchParams, AbortController, AbortSignal, Headers, Request, Response, TextEncoder, TextDecoder,
      Event, EventTarget, DOMException, crypto, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask,
      structuredClone, atob, btoa, console,
    };
    const context = vm.createContext({ ...web });
    const module = { exports: {} as Record<string, unknown> };
    vm.runInContext(`(function (module, exports) {${source}\n})`, context, { filename: 'index.cjs' })(module, module.exports);
    expect(vm.runInContext('[typeof process, typeof Buffer, typeof global, typeof require]', context)).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);

    const { AthenaClient } = module.exports as { AthenaClient: typeof import('../../src/index.js').AthenaClient };
    const athena = new AthenaClient({ ...(JSON.parse(credentials()) as object), logLevel: 'off' });
    const patient = await athena.patients.getPatient('1');
    expect(patient.patientid).toBe('1');
    const created = await athena.patients.createPatient({ departmentid: '1', firstname: 'Edge', lastname: 'Runtime', dob: '1990-01-02' });
    expect(created.patientid).toMatch(/^\d+$/);
  });

  it('the core touches Node globals only on its Node path, through globalThis', () => {
    const core = readFileSync(join(ROOT, 'dist/index.js'), 'utf8');
    expect(core).not.toMatch(/\bglobal\.|\brequire\(|__dirname|setImmediate/);
    // process only as globalThis.process?.…; Buffer only inside the node:http sender.
    expect(core.match(/(?<!globalThis\.)\bprocess\?*\./g) ?? []).toEqual([]);
  });

  it('keeps the CLI out of the core: the core bundles import neither commander nor cli-progress', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text).not.toMatch(/commander|cli-progress/);
    }
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // @types/fhir holds declarations only (the core's types name FHIR R4); the other two are the CLI's.
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@types/fhir', 'cli-progress', 'commander']);
  });
});
