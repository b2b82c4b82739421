/**
 * Section 5: what the package costs a user before any call. Needs `npm run build` first.
 * - install size: `npm pack --dry-run` (the package has no dependencies, so this is all of it);
 * - the core entry bundled and minified with esbuild (what a bundler would ship), raw and gzipped;
 * - time to import the package in a fresh Node process (timed inside it), the median of N spawns;
 *   axios and undici measured the same way for scale.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { median } from './harness.js';

const root = new URL('../packages/sdk/', import.meta.url).pathname;

export interface PackageResult {
  tarballBytes: number;
  unpackedBytes: number;
  files: number;
  bundleBytes: number;
  bundleGzipBytes: number;
  /** Median ms of `await import(module)` in a fresh process, per module. */
  importMs: Record<string, number>;
}

export async function measurePackage(spawns: number): Promise<PackageResult> {
  if (!existsSync(`${root}dist/index.js`)) throw new Error('dist/ is missing: run npm run build first');
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as {
    size: number;
    unpackedSize: number;
    entryCount: number;
  }[];

  const bundle = await build({
    entryPoints: [`${root}dist/index.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    // node:http is imported lazily by the Node sender; a bundler leaves it to the runtime.
    external: ['node:*', 'http', 'https'],
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();

  // The import is timed inside the fresh process, so process start-up (noisy on a busy machine) is left out.
  const timeImport = (specifier: string): number => {
    const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
    const times: number[] = [];
    for (let i = 0; i < spawns; i++) {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`importing ${specifier} failed`);
      times.push(Number(result.stdout));
    }
    return median(times);
  };
  const importMs: Record<string, number> = {};
  // The package imports itself by name through its exports map, as a user's code would.
  for (const specifier of ['athenahealth-sdk', 'axios', 'undici']) importMs[specifier] = timeImport(specifier);

  return {
    tarballBytes: pack?.size ?? NaN,
    unpackedBytes: pack?.unpackedSize ?? NaN,
    files: pack?.entryCount ?? NaN,
    bundleBytes: code.length,
    bundleGzipBytes: gzipSync(code).length,
    importMs,
  };
}
