/**
 * The published packages, as a user gets them: `npm pack` of the built dists, installed
 * offline with an empty npm cache into plain ESM and CommonJS projects, then imported and
 * run against the simulator; the core loaded with Node's own globals removed, as on Bun,
 * Deno or an edge runtime; and the CLI's bin run from node_modules/.bin.
 * Needs `npm run build` first (`npm test` builds before testing).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { CLI_DIR, installOffline, linkFromRepo, makeProject, pack, readJson, run, SDK_DIR, type Packed } from './packing.js';

interface Manifest {
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const CLI_VERSION = readJson<Manifest>(join(CLI_DIR, 'package.json')).version;
/** An operation of the table; its row must be bundled into exactly one file per format. */
const OPERATION_ROW = /\bid:\s*["']patients\.getPatient["']/;

let sim: Simulator;
let workDir: string | undefined;
let sdk: Packed;
let cli: Packed;
let esmProject: string;
let cjsProject: string;

beforeAll(async () => {
  sim = await startSimulator({ tokenRequestsPerWindow: 1000 });
  workDir = mkdtempSync(join(tmpdir(), 'athena-pack-'));
  [sdk, cli] = await Promise.all([pack(SDK_DIR, workDir), pack(CLI_DIR, workDir)]);
  esmProject = makeProject(workDir, 'esm-user', 'module');
  cjsProject = makeProject(workDir, 'cjs-user', 'commonjs');
  // The CLI's own dependencies would come from the registry; here they come from the repo.
  linkFromRepo(esmProject, ['commander', 'cli-progress']);
  await Promise.all([installOffline(esmProject, [sdk.tarball, cli.tarball]), installOffline(cjsProject, [sdk.tarball])]);
}, 120_000);

afterAll(async () => {
  await sim?.stop();
  if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
});

async function node(dir: string, file: string, source: string): Promise<string> {
  writeFileSync(join(dir, file), source);
  const { stdout } = await run(process.execPath, [file, credentials()], { cwd: dir, env: { PATH: process.env.PATH } });
  return stdout.trim();
}

const credentials = () => JSON.stringify({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url });

/** The installed SDK's files with the given extension, relative to the package. */
function installedFiles(project: string, extension: string): string[] {
  const root = join(project, 'node_modules/athenahealth-sdk');
  return (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(extension)).map((f) => join(root, f));
}

describe('the SDK tarball', () => {
  it('holds the three entries in both formats with their declarations, and nothing else', () => {
    for (const entry of ['index', 'simulator/index', 'redis/index']) {
      for (const ext of ['.js', '.cjs', '.d.ts', '.d.cts']) expect(sdk.files).toContain(`dist/${entry}${ext}`);
    }
    expect(sdk.files).toContain('package.json');
    expect(sdk.files).toContain('README.md');
    expect(sdk.files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(sdk.files.filter((f) => /^(src|test|dist\/cli)\//.test(f))).toEqual([]);
    expect(sdk.files.filter((f) => !f.startsWith('dist/') && f !== 'package.json' && f !== 'README.md')).toEqual([]);
  });

  it('has no dependencies: installing it adds one package', () => {
    const manifest = readJson<Manifest>(join(cjsProject, 'node_modules/athenahealth-sdk/package.json'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(cjsProject, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['athenahealth-sdk']);
  });

  it('bundles the operation table once per format, shared by the entries', () => {
    for (const ext of ['.js', '.cjs']) {
      const holders = installedFiles(cjsProject, ext).filter((file) => OPERATION_ROW.test(readFileSync(file, 'utf8')));
      expect(holders, `files holding the operation table (${ext})`).toHaveLength(1);
    }
  });

  it('its declarations import only its own files (no fhir/r4, no @types package)', () => {
    for (const file of [...installedFiles(cjsProject, '.d.ts'), ...installedFiles(cjsProject, '.d.cts')]) {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)'/gm)].map((m) => m[1]);
      expect(specifiers.filter((s) => !s?.startsWith('.')), file).toEqual([]);
    }
  });
});

describe('the installed SDK', { timeout: 60_000 }, () => {
  it('imports and works from a plain ESM project, simulator subpath included', async () => {
    const out = await node(
      esmProject,
      'check.mjs',
      `import { AthenaClient, NotFoundError } from 'athenahealth-sdk';
       import { startSimulator } from 'athenahealth-sdk/simulator';
       const athena = new AthenaClient({ ...JSON.parse(process.argv[2]), logLevel: 'off' });
       const patient = await athena.patients.getPatient('1');
       let notFound = false;
       try { await athena.patients.getPatient('999999'); } catch (e) { notFound = e instanceof NotFoundError; }
       athena.close();
       console.log(JSON.stringify({ patientid: patient.patientid, notFound, simulator: typeof startSimulator }));`,
    );
    expect(JSON.parse(out)).toEqual({ patientid: '1', notFound: true, simulator: 'function' });
  });

  it('requires and works from a plain CommonJS project', async () => {
    const out = await node(
      cjsProject,
      'check.js',
      `const { AthenaClient, AthenaError } = require('athenahealth-sdk');
       const { startSimulator } = require('athenahealth-sdk/simulator');
       (async () => {
         const athena = new AthenaClient({ ...JSON.parse(process.argv[2]), logLevel: 'off' });
         const page = await athena.departments.listDepartments();
         athena.close();
         console.log(JSON.stringify({ departments: page.items.length > 0, errors: typeof AthenaError, simulator: typeof startSimulator }));
       })();`,
    );
    expect(JSON.parse(out)).toEqual({ departments: true, errors: 'function', simulator: 'function' });
  });

  it('loads and calls athena from ESM with process and require removed', async () => {
    const out = await node(
      esmProject,
      'no-node.mjs',
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
    );
    const result = JSON.parse(out) as { patientid: string; pages: number; hasProcess: string };
    expect(result.patientid).toBe('1');
    expect(result.pages).toBeGreaterThan(1);
    expect(result.hasProcess).toBe('undefined');
  });

  it('runs in a realm with only web globals and a fetch (no process, Buffer, global, require), as on an edge runtime', async () => {
    const packageDir = join(cjsProject, 'node_modules/athenahealth-sdk/dist');
    // What WinterCG runtimes (Deno, Bun, Cloudflare Workers, Vercel Edge) share; nothing Node-specific.
    const web = {
      fetch: (input: string, init?: RequestInit) => fetch(input, init),
      URL, URLSearchParams, AbortController, AbortSignal, Headers, Request, Response, TextEncoder, TextDecoder,
      Event, EventTarget, DOMException, crypto, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask,
      structuredClone, atob, btoa, console,
    };
    const context = vm.createContext({ ...web });
    // The entry requires its shared chunks, which a bundler would link; this links those
    // and nothing else, so a Node built-in required while loading fails the test.
    const loaded = new Map<string, Record<string, unknown>>();
    const load = (path: string): Record<string, unknown> => {
      const cached = loaded.get(path);
      if (cached !== undefined) return cached;
      const module = { exports: {} as Record<string, unknown> };
      loaded.set(path, module.exports);
      const link = (specifier: string) => {
        if (!specifier.startsWith('./')) throw new Error(`the core required ${specifier} while loading`);
        return load(posix.join(dirname(path), specifier));
      };
      const source = readFileSync(join(packageDir, path), 'utf8');
      vm.runInContext(`(function (module, exports, require) {${source}\n})`, context, { filename: path })(module, module.exports, link);
      loaded.set(path, module.exports);
      return module.exports;
    };
    const { AthenaClient } = load('index.cjs') as { AthenaClient: typeof import('../../src/index.js').AthenaClient };
    expect(vm.runInContext('[typeof process, typeof Buffer, typeof global, typeof require]', context)).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);

    const athena = new AthenaClient({ ...(JSON.parse(credentials()) as object), logLevel: 'off' });
    const patient = await athena.patients.getPatient('1');
    expect(patient.patientid).toBe('1');
    const created = await athena.patients.createPatient({ departmentid: '1', firstname: 'Edge', lastname: 'Runtime', dob: '1990-01-02' });
    expect(created.patientid).toMatch(/^\d+$/);
  });

  it('the core touches Node globals only on its Node path, through globalThis', () => {
    // The main entry and the chunks it imports; the simulator and redis entries are Node-only.
    const root = join(esmProject, 'node_modules/athenahealth-sdk/dist');
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/\bfrom\s*"\.\/([^"]+)"/g)) visit(m[1] as string);
    };
    visit('index.js');
    expect(seen.size).toBeGreaterThan(1);
    for (const file of seen) {
      const core = readFileSync(join(root, file), 'utf8');
      expect(core, file).not.toMatch(/\bglobal\.|\brequire\(|__dirname|setImmediate|commander|cli-progress/);
      // process only as globalThis.process?.…
      expect(core.match(/(?<!globalThis\.)\bprocess\?*\./g) ?? [], file).toEqual([]);
    }
  });
});

describe('the CLI tarball', { timeout: 60_000 }, () => {
  it('holds the ESM bin only', () => {
    expect(cli.files.sort()).toEqual(['README.md', 'dist/index.js', 'package.json']);
  });

  it('installs next to the SDK tarball, and `athena --version` runs from node_modules/.bin', async () => {
    const { stdout } = await run(join(esmProject, 'node_modules/.bin/athena'), ['--version'], { cwd: esmProject, env: { PATH: process.env.PATH } });
    expect(stdout.trim()).toBe(CLI_VERSION);
  });
});
