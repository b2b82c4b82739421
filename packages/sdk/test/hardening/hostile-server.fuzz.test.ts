/**
 * Thousands of reads, writes and paged list calls, on both senders, against a server that
 * answers with seeded random broken HTTP (hostile-server.ts). Per case: the call settles
 * in time with a result or an AthenaError, no write reaches the server twice; per run: no
 * uncaught exception or unhandled rejection, nothing reaches the redirect target, memory
 * stays bounded.
 *
 * Reproduce a failure with the seed printed in its message: `FUZZ_SEED=1234 npx vitest run
 * packages/sdk/test/hardening/hostile-server.fuzz.test.ts` (FUZZ_CASE=n runs that case alone,
 * FUZZ_CASES=n sets how many cases run).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AthenaClient, AthenaError, TimeoutError, type AthenaClientOptions, type Page, type StoredToken, type TokenStore } from '../../src/index.js';
import { startStubServer, type StubServer } from '../helpers.js';
import { caseSeed, prng, startHostileServer, type HostileServer } from './hostile-server.js';

const RUN_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const ONLY_CASE = process.env.FUZZ_CASE ? Number(process.env.FUZZ_CASE) : undefined;
const CASES = Number(process.env.FUZZ_CASES ?? 3000);
const CONCURRENCY = 48;
const MAX_RESPONSE_BYTES = 16 * 1024;
const TIMEOUT_MS = 250;
const TOTAL_TIMEOUT_MS = 700;
/** A late timer on a loaded machine is not the SDK's fault: the settle bound grows by the worst event-loop delay seen. */
const SLACK_MS = 500;
const MAX_PAGES = 3;
/** A call still pending this long after it began has hung (its bound is TOTAL_TIMEOUT_MS). */
const HUNG_MS = 20_000;
/** Generous: the body limit is 16 KiB; without it endless and huge bodies would take hundreds of MB. */
const MAX_HEAP_GROWTH = 256 * 1024 * 1024;

let hostile: HostileServer;
let tokens: StubServer;
const processErrors: string[] = [];
/** Cases that never reached the hostile server, and whether their call ended in a timeout. */
const unreached: { summary: string; timedOut: boolean }[] = [];
const lastErrors = new WeakMap<string[], Error>();
const onUncaught = (error: unknown) => processErrors.push(`uncaughtException: ${String((error as Error)?.stack ?? error)}`);
const onUnhandled = (reason: unknown) => processErrors.push(`unhandledRejection: ${String((reason as Error)?.stack ?? reason)}`);

beforeAll(async () => {
  hostile = await startHostileServer({ runSeed: RUN_SEED, hugeBytes: MAX_RESPONSE_BYTES });
  tokens = await startStubServer(() => {});
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUnhandled);
});

afterAll(async () => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUnhandled);
  await hostile?.stop();
  await tokens?.stop();
});

type Kind = 'read' | 'write' | 'list';
interface Outcome {
  caseId: number;
  sender: 'node:http' | 'fetch';
  kind: Kind;
  problems: string[];
}

/**
 * Always holds a valid token: a loaded machine can make a token request miss the short
 * attempt limit, and the fuzz is about the API path. A 401 replay still asks for a token.
 */
const fuzzTokens: TokenStore = {
  get: () => Promise.resolve<StoredToken>({ accessToken: 'fuzz-token', tokenType: 'Bearer', obtainedAt: Date.now(), expiresAt: Date.now() + 3_600_000 }),
  set: () => Promise.resolve(),
  delete: () => Promise.resolve(),
};

function clientFor(caseId: number, sender: Outcome['sender']): AthenaClient {
  const options: AthenaClientOptions = {
    clientId: 'fuzz',
    clientSecret: 'fuzz-secret',
    practiceId: String(caseId),
    baseUrl: hostile.url,
    tokenUrl: `${tokens.url}/oauth2/v1/token`,
    tokenStore: fuzzTokens,
    tokenRequestsPerMinute: 100_000,
    logLevel: 'off',
    timeoutMs: TIMEOUT_MS,
    totalTimeoutMs: TOTAL_TIMEOUT_MS,
    maxRetries: 2,
    retryDelays: { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 50 },
    maxResponseBytes: MAX_RESPONSE_BYTES,
  };
  if (sender === 'fetch') options.fetch = (input, init) => globalThis.fetch(input, init);
  return new AthenaClient(options);
}

/** Settle-time checks, run once the whole fuzz run is over. */
const lateChecks: (() => void)[] = [];

/** Runs one call and checks it settles in time with a value or an AthenaError. */
async function timed(what: string, call: () => Promise<unknown>, problems: string[], slackMs: () => number): Promise<unknown> {
  const started = performance.now();
  let settled: { value: unknown } | { error: unknown } | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  // A call that never settles must fail this case with its answers, not stall the run to the test's timeout.
  const hung = new Promise<void>((resolve) => {
    watchdog = setTimeout(resolve, HUNG_MS);
  });
  try {
    settled = await Promise.race([call().then((value) => ({ value })), hung.then(() => undefined)]);
  } catch (error) {
    settled = { error };
  } finally {
    clearTimeout(watchdog);
  }
  const took = performance.now() - started;
  if (settled === undefined) {
    problems.push(`${what} never settled (waited ${HUNG_MS} ms)`);
    return undefined;
  }
  // Judged after the run: a stall that delays this call is recorded by the loop-delay
  // monitor only once the loop turns again, so the bound is read when the run is over.
  lateChecks.push(() => {
    if (took > TOTAL_TIMEOUT_MS + slackMs()) problems.push(`${what} settled after ${Math.round(took)} ms (bound ${TOTAL_TIMEOUT_MS} + ${Math.round(slackMs())} ms)`);
  });
  if ('error' in settled && !(settled.error instanceof AthenaError)) problems.push(`${what} threw a non-AthenaError: ${String((settled.error as Error)?.stack ?? settled.error)}`);
  if ('error' in settled) lastErrors.set(problems, settled.error as Error);
  return 'value' in settled ? settled.value : undefined;
}

async function runCase(caseId: number, slackMs: () => number): Promise<Outcome> {
  const rand = prng(caseSeed(RUN_SEED, caseId) ^ 0x5bd1e995);
  const sender: Outcome['sender'] = caseId % 2 === 0 ? 'node:http' : 'fetch';
  const kind = (['read', 'write', 'list'] as const)[Math.floor(rand() * 3)] as Kind;
  const problems: string[] = [];
  const athena = clientFor(caseId, sender);
  try {
    if (kind === 'read') await timed('read', () => athena.request('GET', '/patients/1', { lastname: 'Smith' }), problems, slackMs);
    else if (kind === 'write') await timed('write', () => athena.request(rand() < 0.5 ? 'PUT' : 'POST', '/patients/1', { email: 'ann@example.com' }), problems, slackMs);
    else {
      let page = (await timed('page 1', () => Promise.resolve(athena.providers.listProviders()), problems, slackMs)) as Page<unknown> | undefined;
      for (let n = 2; page?.hasNextPage() && n <= MAX_PAGES; n++) {
        const current: Page<unknown> = page;
        page = (await timed(`page ${n}`, () => current.getNextPage(), problems, slackMs)) as Page<unknown> | undefined;
      }
    }
  } finally {
    athena.close();
  }
  if (!hostile.cases.has(caseId)) {
    const error = lastErrors.get(problems);
    unreached.push({ summary: `${caseId} ${sender} ${kind} ${error ? `${error.name}: ${error.message}` : 'no error'}`, timedOut: error instanceof TimeoutError });
  }
  return { caseId, sender, kind, problems };
}

it(`survives ${ONLY_CASE === undefined ? CASES : 1} hostile-server cases on both senders (FUZZ_SEED=${RUN_SEED})`, { timeout: 240_000 }, async () => {
  // Both senders load lazily (node:http, undici): warm them up so the first cases do not pay for it.
  for (const sender of ['node:http', 'fetch'] as const) {
    const warm = clientFor(0, sender);
    await warm.request('GET', '/warm-up').catch(() => undefined);
    warm.close();
  }
  hostile.cases.clear();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const slackMs = () => SLACK_MS + loopDelay.max / 1e6;
  const heapBefore = process.memoryUsage().heapUsed;
  const ids = ONLY_CASE === undefined ? Array.from({ length: CASES }, (_, i) => i) : [ONLY_CASE];
  const outcomes: Outcome[] = [];
  let nextIndex = 0;
  let peakHeap = heapBefore;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (nextIndex < ids.length) {
        const caseId = ids[nextIndex++] as number;
        outcomes.push(await runCase(caseId, slackMs));
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      }
    }),
  );
  loopDelay.disable();
  for (const check of lateChecks) check();
  // Late rejections or listener exceptions surface on the next turns of the loop.
  await new Promise((resolve) => setTimeout(resolve, 200));

  const failures: string[] = [];
  for (const outcome of outcomes) {
    const record = hostile.cases.get(outcome.caseId);
    // Known gap: fetch itself resends a write answered 421 (see hostile-server.ts); the Node sender never does.
    const allowedWrites = 1 + (record?.writesAnswered401 ?? 0) + (record?.writesAnswered429 ?? 0) + (outcome.sender === 'fetch' ? (record?.writesAnswered421 ?? 0) : 0);
    if (outcome.kind === 'write' && (record?.writes ?? 0) > allowedWrites) outcome.problems.push(`write reached the server ${record?.writes} times (allowed ${allowedWrites})`);
    if (outcome.problems.length > 0) {
      failures.push(`case ${outcome.caseId} (${outcome.sender}, ${outcome.kind}; answers: ${record?.answers.join(', ') ?? 'none'}): ${outcome.problems.join('; ')}`);
    }
  }
  const reproduce = `reproduce with FUZZ_SEED=${RUN_SEED}`;
  expect(failures.slice(0, 10), `${failures.length} failing cases, ${reproduce} (FUZZ_CASE=<case> for one)`).toEqual([]);
  expect(processErrors.slice(0, 5), `uncaught errors, ${reproduce}`).toEqual([]);
  expect(hostile.redirectTargetHits, `a redirect was followed (case ids listed), ${reproduce}`).toEqual([]);
  expect(peakHeap - heapBefore, `heap grew by ${Math.round((peakHeap - heapBefore) / 2 ** 20)} MiB, ${reproduce}`).toBeLessThan(MAX_HEAP_GROWTH);
  expect(outcomes).toHaveLength(ids.length);
  // The fuzz did its job: the cases reached the API path. On a loaded machine a write can time
  // out before the server (in this process) reads it, and a write is not retried after a
  // timeout: those count against the bound on reach alone (3 busy loops on 2 cores left 11% of
  // cases unreached, all of them such writes). Anything else that stops a case short of the
  // server is the fuzz not testing what it claims.
  const otherwise = unreached.filter((u) => !u.timedOut).map((u) => u.summary);
  expect(unreached.length, `${unreached.length} cases never reached the hostile server: ${unreached.slice(0, 3).map((u) => u.summary).join(' | ')}`).toBeLessThan(ids.length * 0.5);
  expect(otherwise.length, `${otherwise.length} cases stopped short of the hostile server without a timeout (${unreached.length - otherwise.length} timed out): ${otherwise.slice(0, 3).join(' | ')}`).toBeLessThan(ids.length * 0.02);
});
