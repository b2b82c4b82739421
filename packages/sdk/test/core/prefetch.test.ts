/**
 * Paging ahead of the caller, over real sockets. Each request the server (and a policy at
 * the client's wire) sees is stamped with how many pages the caller's loop had finished.
 * Overlap: the request for page n+1 comes while the caller is still on page n (n-1
 * finished). Never two ahead: it never comes before the caller finished page n-1.
 * Sequential: it comes once page n is finished. No assertion depends on how long anything takes.
 */
import type http from 'node:http';
import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import {
  ConfigurationError,
  InvalidRequestError,
  NotFoundError,
  RequestAbortedError,
  TimeoutError,
  type AthenaClient,
  type AthenaClientOptions,
  type RateLimiter,
} from '../../src/index.js';
import { it, json } from '../fixtures.js';

const PAGES = 5;
const PER_PAGE = 3;

/** Page number of a list or FHIR path: `offset=k` / `cursor=k`, page 1 without. */
const pageOf = (path: string): number => Number(/(?:offset|cursor)=(\d+)/.exec(path)?.[1] ?? 1);

interface Stamp {
  page: number;
  finished: number;
}

/** The caller's progress and the events tests wait for, by name (`server:3`, `answer:3`). */
class Run {
  /** Pages the loop has been given, and pages it is done with. */
  received = 0;
  finished = 0;
  readonly server: Stamp[] = [];
  readonly wire: Stamp[] = [];
  readonly #waiting = new Map<string, () => void>();
  readonly #fired = new Set<string>();

  stamp(page: number): Stamp {
    return { page, finished: this.finished };
  }

  fire(event: string): void {
    this.#fired.add(event);
    this.#waiting.get(event)?.();
  }

  fired(event: string): boolean {
    return this.#fired.has(event);
  }

  /** Resolves once `event` has happened (at once if it already has). */
  when(event: string): Promise<void> {
    if (this.#fired.has(event)) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.set(event, resolve));
  }

  /** A policy at the wire: stamps each attempt as it is sent and fires `answer:n` when its answer is back. */
  policy(): NonNullable<AthenaClientOptions['policies']>[number] {
    return {
      name: 'stamp',
      send: (request, next) => {
        const page = pageOf(request.path);
        this.wire.push(this.stamp(page));
        const done = () => this.fire(`answer:${page}`);
        return next(request).then(
          (response) => (done(), response),
          (error: unknown) => {
            done();
            throw error;
          },
        );
      },
    };
  }
}

/** What the caller's work on page n waits for: page n+1's answer back at the client, then one more turn of the event loop. */
async function overlapWith(run: Run, page: number): Promise<void> {
  await run.when(`server:${page + 1}`);
  await run.when(`answer:${page + 1}`);
  // An eager walker would start page n+2 in the microtasks after n+1's answer: let them run.
  await nextTurn();
  await nextTurn();
}

/** Pages 1..PAGES of athena-style lists (`/v1/...`) or FHIR Bundles; `answer` may take over a page (hold it, fail it). */
function pagedHandler(run: Run, answer: (page: number, res: http.ServerResponse) => boolean = () => false) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? '';
    const page = pageOf(url);
    run.server.push(run.stamp(page));
    run.fire(`server:${page}`);
    if (answer(page, res)) return;
    const ids = Array.from({ length: PER_PAGE }, (_, i) => String((page - 1) * PER_PAGE + i + 1));
    const last = page >= PAGES;
    if (url.startsWith('/fhir/')) {
      json(res, 200, {
        resourceType: 'Bundle',
        type: 'searchset',
        link: last ? [] : [{ relation: 'next', url: `/fhir/r4/Patient?name=P&cursor=${page + 1}` }],
        entry: ids.map((id) => ({ resource: { resourceType: 'Patient', id: `a-1.E-${id}` }, search: { mode: 'match' } })),
      });
    } else {
      json(res, 200, { patients: ids.map((patientid) => ({ patientid })), totalcount: PAGES * PER_PAGE, ...(last ? {} : { next: `/v1/195900/patients?lastname=P&offset=${page + 1}` }) });
    }
  };
}

/** The stamps of an overlapped walk: page n+1 asked for after page n-1 was finished, before page n was. */
const overlapped = (pages: number) => Array.from({ length: pages - 1 }, (_, i) => ({ page: i + 2, finished: i }));
/** The stamps of a sequential walk: page n+1 asked for only once the caller finished page n. */
const sequential = (pages: number) => Array.from({ length: pages - 1 }, (_, i) => ({ page: i + 2, finished: i + 1 }));

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => void process.off('unhandledRejection', onUnhandled));


describe('for await fetches one page ahead of the caller', () => {
  it('asks for page n+1 while the caller works on page n, never for n+2, in order', async ({ startStubServer, stubClient }) => {
    const run = new Run();
    const stub = await startStubServer(pagedHandler(run));
    const athena = stubClient(stub, { policies: [run.policy()] });
    const ids: string[] = [];
    for await (const page of athena.patients.searchPatients({ lastname: 'P' }).byPage()) {
      run.received++;
      ids.push(...page.items.map((p) => p.patientid));
      if (page.hasNextPage()) await overlapWith(run, run.received);
      run.finished++;
    }
    expect(ids).toEqual(Array.from({ length: PAGES * PER_PAGE }, (_, i) => String(i + 1)));
    expect(run.server.map((s) => s.page)).toEqual([1, 2, 3, 4, 5]);
    expect(run.server.slice(1)).toEqual(overlapped(PAGES));
    expect(run.wire.slice(1)).toEqual(overlapped(PAGES));
  });

  it('does the same item by item, and for FHIR searches', async ({ startStubServer, stubClient }) => {
    const run = new Run();
    const stub = await startStubServer(pagedHandler(run));
    const athena = stubClient(stub, { policies: [run.policy()] });
    const ids: string[] = [];
    for await (const patient of athena.fhir.search('Patient', { name: 'P' })) {
      ids.push(patient.id as string);
      // The last item of a page: the caller's work on that page ends here.
      if (ids.length % PER_PAGE === 1) run.received++;
      if (ids.length % PER_PAGE === 0) {
        if (run.received < PAGES) await overlapWith(run, run.received);
        run.finished++;
      }
    }
    expect(ids).toHaveLength(PAGES * PER_PAGE);
    expect(new Set(ids).size).toBe(PAGES * PER_PAGE);
    expect(run.server.slice(1)).toEqual(overlapped(PAGES));
  });

  it('is strictly sequential with prefetchPages: false, per client or per call; a call can turn it back on', async ({ startStubServer, stubClient }) => {
    const walk = async (athena: AthenaClient, run: Run, options: { prefetchPages?: boolean }, overlap: boolean) => {
      for await (const page of athena.patients.searchPatients({ lastname: 'P' }, options).byPage()) {
        run.received++;
        if (page.hasNextPage() && overlap) await overlapWith(run, run.received);
        else {
          await nextTurn();
          await nextTurn();
        }
        run.finished++;
      }
      };
    const cases = [
      { client: { prefetchPages: false }, call: {}, overlap: false },
      { client: {}, call: { prefetchPages: false }, overlap: false },
      { client: { prefetchPages: false }, call: { prefetchPages: true }, overlap: true },
    ];
    for (const { client, call, overlap } of cases) {
      const run = new Run();
      const stub = await startStubServer(pagedHandler(run));
      await walk(stubClient(stub, { policies: [run.policy()], ...client }), run, call, overlap);
      expect(run.server.slice(1)).toEqual(overlap ? overlapped(PAGES) : sequential(PAGES));
    }
  });

  it('refuses a prefetchPages that is not a boolean, before any request', async ({ startStubServer, stubClient }) => {
    const run = new Run();
    const stub = await startStubServer(pagedHandler(run));
    const athena = stubClient(stub, { policies: [run.policy()] });
    expect(() => athena.patients.searchPatients({ lastname: 'P' }, { prefetchPages: 'no' as unknown as boolean })).toThrow(InvalidRequestError);
    expect(() => athena.fhir.search('Patient', { name: 'P' }, { prefetchPages: 1 as unknown as boolean })).toThrow(InvalidRequestError);
    expect(() => stubClient(stub, { policies: [run.policy()], prefetchPages: 'off' as unknown as boolean })).toThrow(ConfigurationError);
    expect(run.server).toHaveLength(0);
  });
});

/**
 * A list server on a worker thread, so it answers while the test's main thread is blocked:
 * it writes the highest page asked for into `seen[0]` and wakes whoever waits on it.
 */
const WORKER_SERVER = `
const http = require('node:http');
const { parentPort, workerData: { seen, pages, perPage } } = require('node:worker_threads');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/oauth2/v1/token') return res.end(JSON.stringify({ access_token: 't', token_type: 'Bearer', expires_in: 3600 }));
    const page = Number(/offset=(\\d+)/.exec(req.url)?.[1] ?? 1);
    Atomics.store(seen, 0, Math.max(Atomics.load(seen, 0), page));
    Atomics.notify(seen, 0);
    const patients = Array.from({ length: perPage }, (_, i) => ({ patientid: String((page - 1) * perPage + i + 1) }));
    res.end(JSON.stringify({ patients, ...(page < pages ? { next: '/v1/195900/patients?lastname=P&offset=' + (page + 1) } : {}) }));
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', () => { server.closeAllConnections(); server.close(() => process.exit(0)); });
`;

describe('with work that blocks the event loop', () => {
  it.for([
    ['node:http', undefined],
    ['fetch', globalThis.fetch],
  ] as const)('page n+1 is on the wire before the caller starts its work on page n (%s sender)', async ([, fetch], { stubClient }) => {
    const seen = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(WORKER_SERVER, { eval: true, workerData: { seen, pages: PAGES, perPage: PER_PAGE } });
    try {
      const [port] = (await once(worker, 'message')) as [number];
      // A fixed schedule with no rate: the learning limiter's slow start would hold page n+1 for a
      // slot timer, which cannot fire while this thread is blocked (that wait is tested above).
      const options = { adaptiveRateLimit: false, ...(fetch ? { fetch } : {}) };
      const athena = stubClient({ url: `http://127.0.0.1:${port}`, requests: [], stop: async () => {} }, options);
      const waits: string[] = [];
      let received = 0;
      for await (const page of athena.patients.searchPatients({ lastname: 'P' }).byPage()) {
        received++;
        // The caller's "work": block this thread until the server has been asked for the next page.
        if (page.hasNextPage()) waits.push(Atomics.wait(seen, 0, received, 10_000));
        expect(Atomics.load(seen, 0)).toBe(Math.min(received + 1, PAGES));
      }
      expect(received).toBe(PAGES);
      expect(waits.filter((w) => w === 'timed-out')).toEqual([]);
    } finally {
      worker.postMessage('stop');
      await once(worker, 'exit');
    }
  });
});

describe('a page fetched ahead, when the caller leaves or it fails', () => {
  it('break cancels the page on its way: the server sees the connection close, nothing more is sent', async ({ startStubServer, stubClient }) => {
    const run = new Run();
    let closedUnanswered = 0;
    const stub = await startStubServer(
      pagedHandler(run, (page, res) => {
        if (page !== 2) return false;
        res.on('close', () => {
          if (!res.writableEnded) closedUnanswered++;
          run.fire('closed:2');
        });
        return true; // never answered
      }),
    );
    const athena = stubClient(stub, { policies: [run.policy()] });
    for await (const patient of athena.patients.searchPatients({ lastname: 'P' })) {
      void patient;
      await run.when('server:2');
      break;
    }
    // The loop has ended only after the request on its way stopped.
    expect(run.fired('answer:2')).toBe(true);
    await run.when('closed:2');
    expect(closedUnanswered).toBe(1);
    expect(run.server.map((s) => s.page)).toEqual([1, 2]);
    await nextTurn();
    expect(unhandled).toEqual([]);
  });

  it("aborting the call's signal cancels the page on its way; the caller gets RequestAbortedError there", async ({ startStubServer, stubClient }) => {
    const run = new Run();
    const stub = await startStubServer(pagedHandler(run, (page, res) => (page === 2 ? (res.on('close', () => run.fire('closed:2')), true) : false)));
    const athena = stubClient(stub, { policies: [run.policy()] });
    const controller = new AbortController();
    const seen: number[] = [];
    const walk = (async () => {
      for await (const page of athena.patients.searchPatients({ lastname: 'P' }, { signal: controller.signal }).byPage()) {
        seen.push(page.items.length);
        await run.when('server:2');
        controller.abort();
        await run.when('closed:2');
      }
    })();
    await expect(walk).rejects.toBeInstanceOf(RequestAbortedError);
    expect(seen).toEqual([PER_PAGE]);
    expect(run.server.map((s) => s.page)).toEqual([1, 2]);
    expect(unhandled).toEqual([]);
  });

  it('a failed page surfaces when the caller reaches it, after every earlier item, never as an unhandled rejection', async ({ startStubServer, stubClient }) => {
    const run = new Run();
    const stub = await startStubServer(pagedHandler(run, (page, res) => (page === 3 ? (json(res, 404, { error: 'gone' }), true) : false)));
    const athena = stubClient(stub, { policies: [run.policy()] });
    const ids: string[] = [];
    const walk = async () => {
      for await (const page of athena.patients.searchPatients({ lastname: 'P' }).byPage()) {
        run.received++;
        ids.push(...page.items.map((p) => p.patientid));
        // On page 2, the failure of page 3 is already back at the client before the caller moves on.
        await overlapWith(run, run.received);
        run.finished++;
      }
    };
    await expect(walk()).rejects.toBeInstanceOf(NotFoundError);
    expect(ids).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(run.finished).toBe(2);
    expect(run.server.slice(1)).toEqual(overlapped(3));
    expect(unhandled).toEqual([]);
  });

  it('a FHIR link elsewhere still fails at the page it leads to', async ({ startStubServer, stubClient }) => {
    const run = new Run();
    const stub = await startStubServer((req, res) => {
      run.server.push(run.stamp(pageOf(req.url ?? '')));
      json(res, 200, { resourceType: 'Bundle', type: 'searchset', link: [{ relation: 'next', url: 'http://evil.example/fhir/r4/Patient?cursor=2' }], entry: [{ resource: { resourceType: 'Patient', id: 'a-1.E-1' } }] });
    });
    const athena = stubClient(stub, { policies: [run.policy()] });
    const ids: string[] = [];
    const walk = async () => {
      for await (const p of athena.fhir.search('Patient', { name: 'P' })) {
        ids.push(p.id as string);
        await nextTurn();
      }
    };
    await expect(walk()).rejects.toThrow(/outside this client's FHIR server/);
    expect(ids).toEqual(['a-1.E-1']);
    expect(run.server).toHaveLength(1);
    expect(unhandled).toEqual([]);
  });
});

describe('a page fetched ahead is an ordinary call', () => {
  it('waits for the rate limiter, and break cancels that wait: nothing is sent', async ({ startStubServer, stubClient }) => {
    const run = new Run();
    const stub = await startStubServer(pagedHandler(run));
    let acquired = 0;
    let waitAborted = false;
    const limiter: RateLimiter = {
      acquire(signal) {
        acquired++;
        if (acquired === 1) return;
        run.fire('waiting');
        // Holds every later slot until the signal aborts.
        return new Promise<void>((_, reject) =>
          signal?.addEventListener('abort', () => {
            waitAborted = true;
            reject(new RequestAbortedError('aborted'));
          }),
        );
      },
      observe() {},
    };
    const athena = stubClient(stub, { policies: [run.policy()], rateLimiter: limiter });
    for await (const page of athena.patients.searchPatients({ lastname: 'P' }).byPage()) {
      void page;
      await run.when('waiting');
      break;
    }
    expect(acquired).toBe(2);
    expect(waitAborted).toBe(true);
    expect(run.server.map((s) => s.page)).toEqual([1]);
    expect(unhandled).toEqual([]);
  });

  it('has its own deadline: a page that never comes fails with TimeoutError when the caller reaches it', async ({ startStubServer, stubClient }) => {
    const run = new Run();
    const stub = await startStubServer(pagedHandler(run, (page) => page === 2));
    const athena = stubClient(stub, { policies: [run.policy()], totalTimeoutMs: 1_000, maxRetries: 0 });
    const walk = async () => {
      for await (const page of athena.patients.searchPatients({ lastname: 'P' }).byPage()) {
        void page;
        await run.when('answer:2');
      }
    };
    await expect(walk()).rejects.toBeInstanceOf(TimeoutError);
    expect(unhandled).toEqual([]);
  });

  it('toArray never fetches a page it will not read; getNextPage is unchanged', async ({ startStubServer, stubClient }) => {
    const run = new Run();
    const stub = await startStubServer(pagedHandler(run));
    const athena = stubClient(stub, { policies: [run.policy()] });
    await expect(athena.patients.searchPatients({ lastname: 'P' }).toArray({ limit: PER_PAGE })).resolves.toHaveLength(PER_PAGE);
    expect(run.server.map((s) => s.page)).toEqual([1]);
    await expect(athena.fhir.search('Patient', { name: 'P' }).toArray({ limit: PER_PAGE + 1 })).resolves.toHaveLength(PER_PAGE + 1);
    expect(run.server.map((s) => s.page)).toEqual([1, 1, 2]);

    run.server.length = 0;
    const first = await athena.patients.searchPatients({ lastname: 'P' });
    await nextTurn();
    expect(run.server.map((s) => s.page)).toEqual([1]);
    const second = await first.getNextPage();
    expect(second.items.map((p) => p.patientid)).toEqual(['4', '5', '6']);
    expect(run.server.map((s) => s.page)).toEqual([1, 2]);
  });
});
