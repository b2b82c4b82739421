/**
 * Every TypeScript block of the README compiles (tsc, strict, as a user's project would)
 * and runs to completion: against a simulator this test starts (the blocks that read
 * ATHENA_* from the environment), and the Redis block against a redis-server of its own.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describeRedis('README code blocks that use Redis', (redis) => {
  for (const block of blocks.filter((b) => b.usesRedis)) {
    it(`runs ${title(block)}`, { timeout: 60_000 }, async () => {
      const { stdout } = await runBlock(block.file, { ...simEnv(), REDIS_URL: redis.url });
      expect(stdout.trim()).toBe('true');
    });
  }
});
