/**
 * Section 5: what the package costs a user before any call. Needs `npm run build` first.
 * - the tarball: `npm pack` of packages/sdk, installed offline (empty npm cache) into an
 *   empty project: its size on disk and how many packages that install holds (goals:
 *   at most 3 MB; the SDK and at most one other);
 * - the core entry bundled and minified with esbuild (what a bundler would ship), raw and gzipped;
 * - cold import: `node -e "import('athenahealth-sdk')"` in that project against a bare
 *   `node -e 0`, spawned in pairs whose order alternates, so drift in the machine's speed
 *   hits both; the median of the per-pair difference and ratio (goal: at most 20 ms over bare);
 * - time to import the package, axios and undici inside a fresh process (median of N spawns), for scale.
 *
 *   npx tsx bench/package-size.ts    (or section 5 of `npm run bench`)
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { installOffline, makeProject, pack, SDK_DIR } from '../packages/sdk/test/package/packing.js';
import { median, QUICK } from './harness.js';

export interface PackageResult {
  tarballBytes: number;
  /** Sum of the installed files' sizes, as npm reports "unpacked size". */
  unpackedBytes: number;
  files: number;
  /** Disk blocks the install in an empty project takes (node_modules), like `du`. */
  installedDiskBytes: number;
  /** Packages in that node_modules, nested ones included. */
  installedPackages: string[];
  bundleBytes: number;
  bundleGzipBytes: number;
  coldImport: ColdImport;
  /** Median ms of `await import(module)` inside a fresh process, per module. */
  importMs: Record<string, number>;
}

export interface ColdImport {
  pairs: number;
  bareMs: number;
  importMs: number;
  /** Median over pairs of (import − bare). */
  overBareMs: number;
  /** Median over pairs of import ÷ bare. */
  ratio: number;
}

export async function measurePackage(spawns: number): Promise<PackageResult> {
  const work = mkdtempSync(join(tmpdir(), 'athena-size-'));
  try {
    const { tarball, files } = await pack(SDK_DIR, work);
    const project = makeProject(work, 'empty-user', 'module');
    await installOffline(project, [tarball]);
    const modules = join(project, 'node_modules');
    const disk = diskUsage(modules);
    return {
      tarballBytes: lstatSync(tarball).size,
      unpackedBytes: diskUsage(join(modules, 'athenahealth-sdk')).bytes,
      files: files.length,
      installedDiskBytes: disk.blocks * 512,
      installedPackages: packagesIn(modules),
      ...(await coreBundle()),
      coldImport: coldImport(project, spawns * 2),
      importMs: importInside(project, spawns),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function diskUsage(path: string): { bytes: number; blocks: number } {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, blocks: stat.blocks };
  let bytes = 0;
  let blocks = stat.blocks;
  for (const name of readdirSync(path)) {
    const inner = diskUsage(join(path, name));
    bytes += inner.bytes;
    blocks += inner.blocks;
  }
  return { bytes, blocks };
}

/** Package folders of a node_modules (scoped ones and nested node_modules included). */
function packagesIn(modules: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(modules)) {
    if (name.startsWith('.')) continue;
    const names = name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : [name];
    for (const pkg of names) {
      found.push(pkg);
      const nested = join(modules, pkg, 'node_modules');
      if (readdirSync(join(modules, pkg)).includes('node_modules')) found.push(...packagesIn(nested).map((inner) => `${pkg} > ${inner}`));
    }
  }
  return found.sort();
}

async function coreBundle(): Promise<{ bundleBytes: number; bundleGzipBytes: number }> {
  const bundle = await build({
    entryPoints: [join(SDK_DIR, 'dist/index.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    // node:http and node:fs/promises are imported lazily (the Node sender, a key file); a bundler leaves them to the runtime.
    external: ['node:*', 'http', 'https', 'fs/promises'],
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  return { bundleBytes: code.length, bundleGzipBytes: gzipSync(code).length };
}

/** Wall time of a whole `node` process, start-up included: what a CLI or a cold serverless start pays. */
function spawnMs(cwd: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
  return ms;
}

function coldImport(project: string, pairs: number): ColdImport {
  const bare = ['-e', '0'];
  const withSdk = ['-e', "import('athenahealth-sdk')"];
  // One unmeasured pair: the first spawns read the files from disk.
  spawnMs(project, bare);
  spawnMs(project, withSdk);
  const bareTimes: number[] = [];
  const importTimes: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const [first, second] = i % 2 === 0 ? [bare, withSdk] : [withSdk, bare];
    const a = spawnMs(project, first);
    const b = spawnMs(project, second);
    bareTimes.push(first === bare ? a : b);
    importTimes.push(first === bare ? b : a);
  }
  return {
    pairs,
    bareMs: median(bareTimes),
    importMs: median(importTimes),
    overBareMs: median(importTimes.map((t, i) => t - (bareTimes[i] as number))),
    ratio: median(importTimes.map((t, i) => t / (bareTimes[i] as number))),
  };
}

/** The import timed inside a fresh process, so process start-up is left out; axios and undici from the repo, for scale. */
function importInside(project: string, spawns: number): Record<string, number> {
  const timeImport = (specifier: string, cwd: string): number => {
    const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
    const times: number[] = [];
    for (let i = 0; i < spawns; i++) {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`importing ${specifier} failed`);
      times.push(Number(result.stdout));
    }
    return median(times);
  };
  return {
    'athenahealth-sdk': timeImport('athenahealth-sdk', project),
    axios: timeImport('axios', SDK_DIR),
    undici: timeImport('undici', SDK_DIR),
  };
}

/** Run on its own, it prints the section's figures. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const spawns = QUICK ? 5 : 15;
  const p = await measurePackage(spawns);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const c = p.coldImport;
  console.log(`npm tarball                      ${kb(p.tarballBytes)} (${p.files} files)`);
  console.log(`installed, empty project         ${kb(p.installedDiskBytes)} on disk (${kb(p.unpackedBytes)} of files)   goal ≤ 3072 KB`);
  console.log(`packages installed               ${p.installedPackages.length}: ${p.installedPackages.join(', ')}   goal ≤ 2`);
  console.log(`core bundle, esbuild --minify    ${kb(p.bundleBytes)}, gzip ${kb(p.bundleGzipBytes)}`);
  console.log(`cold import vs node -e 0         ${ms(c.importMs)} vs ${ms(c.bareMs)}: +${ms(c.overBareMs)}, ×${c.ratio.toFixed(2)} (median of ${c.pairs} alternating pairs)   goal ≤ +20 ms`);
  for (const [name, value] of Object.entries(p.importMs)) console.log(`import('${name}') inside a process ${ms(value)} (median of ${spawns})`);
}
