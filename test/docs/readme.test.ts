/**
 * Every TypeScript block of the README compiles (tsc, strict, as a user's project would)
 * and runs to completion: against a simulator this test starts (the blocks that read
 * ATHENA_* from the environment), and the Redis block against a redis-server of its own.
 * The `athena` commands of the CLI block run against the same simulator. (The shell blocks
 * that install or run npm are what CI itself does.)
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from 'athenahealth-sdk/simulator';
import { describeRedis } from '../../packages/sdk/test/redis/helpers.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
// Inside the repo, so that `athenahealth-sdk` resolves as it does for the examples (tsconfig paths).
const BLOCKS_DIR = join(ROOT, 'test/docs/.readme-blocks');

const blocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({
  file: `block-${i + 1}.ts`,
  source: m[1] as string,
  usesRedis: (m[1] as string).includes('ioredis'),
}));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** `athena …` lines of the README's shell blocks, but the long-running simulator. */
const cliCommands = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => (m[1] as string).split('\n'))
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line.startsWith('athena ') && !line.startsWith('athena simulator'));
const title = (block: (typeof blocks)[number]) => `${block.file}: ${block.source.split('\n').find((l) => !l.startsWith('import') && l.trim() !== '')?.trim()}`;

function runBlock(file: string, env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', join(BLOCKS_DIR, file)], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 });
}

let sim: Simulator;
beforeAll(async () => {
  rmSync(BLOCKS_DIR, { recursive: true, force: true });
  mkdirSync(BLOCKS_DIR, { recursive: true });
  for (const block of blocks) writeFileSync(join(BLOCKS_DIR, block.file), `${block.source}\nexport {};\n`);
  writeFileSync(join(BLOCKS_DIR, 'tsconfig.json'), JSON.stringify({ extends: '../../../tsconfig.json', include: ['*.ts'] }));
  sim = await startSimulator({ tokenRequestsPerWindow: 1000 });
});
afterAll(async () => {
  await sim?.stop();
  rmSync(BLOCKS_DIR, { recursive: true, force: true });
});

const readdirNames = (dir: string) => readdirSync(dir).filter((name) => !name.startsWith('.'));

const simEnv = () => ({
  ATHENA_CLIENT_ID: sim.clientId,
  ATHENA_CLIENT_SECRET: sim.clientSecret,
  ATHENA_PRACTICE_ID: sim.practiceId,
  ATHENA_BASE_URL: sim.url,
});

describe('README code blocks', { timeout: 120_000 }, () => {
  it('has TypeScript blocks to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it('compile with strict TypeScript', async () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '--noEmit', '-p', join(BLOCKS_DIR, 'tsconfig.json')], { cwd: ROOT }).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe('');
  });

  for (const block of blocks.filter((b) => !b.usesRedis)) {
    it(`runs ${title(block)}`, async () => {
      const { stdout } = await runBlock(block.file, simEnv());
      expect(stdout.length).toBeGreaterThan(0);
    });
  }
});

describe('README command-line examples', { timeout: 60_000 }, () => {
  it('has athena commands to run', () => {
    expect(cliCommands.length).toBeGreaterThanOrEqual(3);
  });

  for (const command of cliCommands) {
    it(`runs ${command}`, async () => {
      // A private HOME and working folder: no profile, token cache or output of the developer's.
      const home = mkdtempSync(join(tmpdir(), 'athena-readme-'));
      const args = command.split(/\s+/).slice(1);
      const cli = join(ROOT, 'packages/cli/src/index.ts');
      const env = { ...simEnv(), HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'), TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json') };
      try {
        const { stdout } = await run(process.execPath, ['--import', import.meta.resolve('tsx'), cli, ...args], { cwd: home, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 });
        expect(stdout.length + readdirNames(home).length).toBeGreaterThan(0);
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    });
  }
});

describeRedis('README code blocks that use Redis', (redis) => {
  for (const block of blocks.filter((b) => b.usesRedis)) {
    it(`runs ${title(block)}`, { timeout: 60_000 }, async () => {
      const { stdout } = await runBlock(block.file, { ...simEnv(), REDIS_URL: redis.url });
      expect(stdout.trim()).toBe('true');
    });
  }
});
