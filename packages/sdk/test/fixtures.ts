/**
 * Shared vitest fixtures: simulators, clients pointed at them, bare stub servers and a
 * memory logger, each set up when a test asks for it and closed after it. Everything
 * listens on 127.0.0.1; no test reaches outside this machine.
 *
 * Two flavours, with the same fixture names:
 * - `test` (also exported as `it`): `sim` is a fresh simulator for every test.
 * - `fileTest`: `sim` (and the default client `athena`) is shared by every test of the
 *   file, for files whose tests read a simulator's state without needing it fresh.
 *
 * Options: `test.override({ simOptions, athenaOptions })` for a file or a describe (the
 * simulator's and the default client's), or `await simulator({ ... })` in a test for a
 * simulator of its own and `clientFor(sim, { ... })` for a client of it.
 */
import { test as base } from 'vitest';
import { AthenaClient, type AthenaClientOptions } from '../src/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulator/index.js';
import { FAST_RETRIES, memoryLogger, startStubServer as startStub, stubClient as newStubClient, type StubServer } from './helpers.js';

export { FAST_RETRIES, json, memoryLogger, type StubServer } from './helpers.js';

type Handler = Parameters<typeof startStub>[0];
/** What a client needs of a simulator: its credentials and URL. */
type Target = Pick<Simulator, 'clientId' | 'clientSecret' | 'practiceId' | 'url'>;

/** Starts a simulator with a generous token budget (unless the options say otherwise). */
const start = (options: SimulatorOptions = {}) => startSimulator({ tokenRequestsPerWindow: 1000, ...options });

/**
 * The scope of test clients: REST and every FHIR read, as a user of both APIs asks for.
 * The simulator, like athena, refuses FHIR reads a token's scope does not cover.
 */
export const TEST_SCOPE = 'athena/service/Athenanet.MDP.* system/*.read';

/** A client for a simulator, as tests want it: quiet, fast retries, a generous token budget, REST and FHIR scopes. */
const clientOf = (sim: Target, extra: AthenaClientOptions = {}) =>
  new AthenaClient({
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    practiceId: sim.practiceId,
    baseUrl: sim.url,
    logLevel: 'off',
    retryDelays: FAST_RETRIES,
    tokenRequestsPerMinute: 1000,
    scope: TEST_SCOPE,
    ...extra,
  });

/** Fixtures that are per test in both flavours. */
const common = base
  /** Starts extra simulators, each stopped after the test. */
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
  .extend('simulator', async ({}, { onCleanup }) => {
    const started: Simulator[] = [];
    onCleanup(async () => {
      await Promise.all(started.map((s) => s.stop()));
    });
    return async (options: SimulatorOptions = {}): Promise<Simulator> => {
      const sim = await start(options);
      started.push(sim);
      return sim;
    };
  })
  /** Builds clients for any simulator, each closed after the test (before the simulators stop). */
  .extend('clientFor', ({ simulator: _ }, { onCleanup }) => {
    const clients: AthenaClient[] = [];
    onCleanup(() => {
      for (const c of clients) c.close();
    });
    return (sim: Target, extra: AthenaClientOptions = {}): AthenaClient => {
      const client = clientOf(sim, extra);
      clients.push(client);
      return client;
    };
  })
  /** A logger that keeps every line, for redaction and warning tests. */
  .extend('logger', () => memoryLogger())
  /** Starts bare servers answering with whatever `handle` writes (token requests get a token); each stopped after the test. */
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
  .extend('startStubServer', async ({}, { onCleanup }) => {
    const stubs: StubServer[] = [];
    onCleanup(async () => {
      await Promise.all(stubs.map((s) => s.stop()));
    });
    return async (handle: Handler): Promise<StubServer> => {
      const stub = await startStub(handle);
      stubs.push(stub);
      return stub;
    };
  })
  /** Builds clients for a stub server, each closed after the test. */
  .extend('stubClient', ({ startStubServer: _ }, { onCleanup }) => {
    const clients: AthenaClient[] = [];
    onCleanup(() => {
      for (const c of clients) c.close();
    });
    return (stub: StubServer, extra: AthenaClientOptions = {}): AthenaClient => {
      const client = newStubClient(stub, extra);
      clients.push(client);
      return client;
    };
  });

/** A fresh simulator for every test that asks for `sim`, `client` or `athena`. */
export const test = common
  .extend('simOptions', {} as SimulatorOptions)
  .extend('athenaOptions', {} as AthenaClientOptions)
  .extend('sim', ({ simulator, simOptions }) => simulator(simOptions))
  /** Clients for this test's `sim`. */
  .extend('client', ({ sim, clientFor }) => (extra: AthenaClientOptions = {}) => clientFor(sim, extra))
  /** The default client for this test's `sim`. */
  .extend('athena', ({ client, athenaOptions }) => client(athenaOptions));
export const it = test;

/**
 * One simulator for the whole file, started by the first test that asks for it and
 * stopped after the file; `athena` is one client for it, shared the same way.
 * `client(extra)` still builds per-test clients for it.
 */
export const fileTest = common
  .extend('simOptions', { scope: 'file' }, {} as SimulatorOptions)
  .extend('athenaOptions', { scope: 'file' }, {} as AthenaClientOptions)
  .extend('sim', { scope: 'file' }, async ({ simOptions }, { onCleanup }) => {
    const sim = await start(simOptions);
    onCleanup(() => sim.stop());
    return sim;
  })
  .extend('athena', { scope: 'file' }, ({ sim, athenaOptions }, { onCleanup }) => {
    const athena = clientOf(sim, athenaOptions);
    onCleanup(() => athena.close());
    return athena;
  })
  .extend('client', ({ sim, clientFor }) => (extra: AthenaClientOptions = {}) => clientFor(sim, extra));
