/**
 * Packing and installing the workspace's packages as a user would, without a registry:
 * `npm pack --ignore-scripts` of the built dist, then `npm install --offline` of the
 * tarballs with a fresh, empty npm cache. The SDK has no dependencies, so nothing needs
 * fetching; the CLI's two are linked from the repo's node_modules first, which npm accepts
 * as already installed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const SDK_DIR = resolve(import.meta.dirname, '../..');
export const CLI_DIR = resolve(SDK_DIR, '../cli');
export const REPO_ROOT = resolve(SDK_DIR, '../..');

export interface Packed {
  tarball: string;
  /** Paths inside the package, e.g. `dist/index.js`. */
  files: string[];
}

/** Environment for npm: a new empty cache under `parent`, offline, quiet; nothing can reach a registry. */
export function hermeticNpmEnv(parent: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    npm_config_cache: mkdtempSync(join(parent, 'npm-cache-')),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_package_lock: 'false',
  };
}

/** Newest modification time of the files under a folder. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Throws unless `<dir>/dist/index.js` exists and is newer than every file of `<dir>/src`. */
export function assertFreshDist(dir: string): void {
  let built: number;
  try {
    built = statSync(join(dir, 'dist/index.js')).mtimeMs;
  } catch {
    throw new Error(`${dir}/dist is missing: run \`npm run build\` before \`npm test\`.`);
  }
  if (newestMtime(join(dir, 'src')) > built) throw new Error(`${dir}/dist is older than its src/: run \`npm run build\` before \`npm test\`.`);
}

/** Packs a built package (no prepack build: the dist is checked fresh instead) into `dest`. */
export async function pack(dir: string, dest: string): Promise<Packed> {
  assertFreshDist(dir);
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], { cwd: dir, env: hermeticNpmEnv(dest) });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (packed === undefined) throw new Error(`npm pack printed no package for ${dir}`);
  return { tarball: join(dest, packed.filename), files: packed.files.map((f) => f.path) };
}

/** A folder with a package.json of the given module type, under `parent`. */
export function makeProject(parent: string, name: string, type: 'module' | 'commonjs'): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type }));
  return dir;
}

/** Symlinks packages of the repo's node_modules into a project's, as if installed from a registry. */
export function linkFromRepo(project: string, names: string[]): void {
  for (const name of names) {
    const target = join(project, 'node_modules', name);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'node_modules', name), target, 'dir');
  }
}

/** `npm install --offline` of tarballs into a project, with an empty cache. */
export async function installOffline(project: string, tarballs: string[]): Promise<void> {
  await run('npm', ['install', ...tarballs], { cwd: project, env: hermeticNpmEnv(dirname(project)) });
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
