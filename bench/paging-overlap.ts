/**
 * Paging that overlaps with the caller's work (issue 15, item 4), in its own process:
 * `for await` over 20 pages answered after 100 ms each, with 100 ms of CPU work per page.
 * Fetching one page ahead should make the walk take about the larger of the total fetch
 * time and the total work, where fetching on demand (`prefetchPages: false`, the SDK
 * before) takes their sum. Measured in the same run, medians over rounds:
 * - fetch alone: the walk with no work (the total fetch time);
 * - work alone: the work's own measured time;
 * - sequential: `prefetchPages: false`, with the work; overlapped: the default, with the work.
 * The server (bench/paging-server.ts) runs in another process so the busy work never
 * delays its answers. Prints one JSON line.
 *
 * Usage: node --import tsx bench/paging-overlap.ts [rounds]   (BENCH_SOURCE=1 for src/)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { loadSdk, median } from './harness.js';

const PAGES = 20;
const LATENCY_MS = 100;
const WORK_MS = 100;
const PER_PAGE = 100;
const rounds = Number(process.argv[2] ?? 3);

const { AthenaClient } = await loadSdk();

const server = spawn(process.execPath, ['--import', 'tsx', new URL('./paging-server.ts', import.meta.url).pathname], {
  env: { ...process.env, PAGING_LATENCY_MS: String(LATENCY_MS), PAGING_PAGES: String(PAGES), PAGING_PER_PAGE: String(PER_PAGE) },
  stdio: ['pipe', 'pipe', 'inherit'],
});
const [line] = (await once(createInterface({ input: server.stdout }), 'line')) as [string];
const { url } = JSON.parse(line) as { url: string };

/** CPU-bound work: the event loop is blocked, as with parsing or transforming each page. */
function work(): number {
  const start = performance.now();
  while (performance.now() - start < WORK_MS) {
    // busy
  }
  return performance.now() - start;
}

async function walk(prefetchPages: boolean, withWork: boolean): Promise<{ wallMs: number; workMs: number }> {
  const athena = new AthenaClient({ clientId: 'bench', clientSecret: 'bench', practiceId: '195900', baseUrl: url, logLevel: 'off', prefetchPages });
  // Token and connection first, outside the measurement.
  await athena.patients.searchPatients({ lastname: 'Smith', limit: PER_PAGE });
  let pages = 0;
  let workMs = 0;
  const start = performance.now();
  for await (const page of athena.patients.searchPatients({ lastname: 'Smith', limit: PER_PAGE }).byPage()) {
    if (page.items.length !== PER_PAGE) throw new Error(`page of ${page.items.length} patients`);
    pages++;
    if (withWork) workMs += work();
  }
  const wallMs = performance.now() - start;
  athena.close();
  if (pages !== PAGES) throw new Error(`walked ${pages} pages, expected ${PAGES}`);
  return { wallMs, workMs };
}

const fetchAlone: number[] = [];
const workAlone: number[] = [];
const sequential: number[] = [];
const overlapped: number[] = [];
for (let round = 0; round < rounds; round++) {
  fetchAlone.push((await walk(false, false)).wallMs);
  // Alternate which goes first, against drift in the machine's speed.
  const order = round % 2 === 0 ? [false, true] : [true, false];
  for (const prefetch of order) {
    const r = await walk(prefetch, true);
    (prefetch ? overlapped : sequential).push(r.wallMs);
    workAlone.push(r.workMs);
  }
}
server.stdin?.end();
server.kill('SIGTERM');
await once(server, 'exit');

const fetchMs = median(fetchAlone);
const workMs = median(workAlone);
const floor = Math.max(fetchMs, workMs);
process.stdout.write(
  `${JSON.stringify({
    pages: PAGES,
    latencyMs: LATENCY_MS,
    workPerPageMs: WORK_MS,
    rounds,
    fetchMs,
    workMs,
    sequentialMs: median(sequential),
    overlappedMs: median(overlapped),
    sequentialRatio: median(sequential) / floor,
    ratio: median(overlapped) / floor,
  })}\n`,
);
