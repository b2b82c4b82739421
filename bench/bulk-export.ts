/**
 * FHIR bulk export (run in its own process with --expose-gc): a Group export of about
 * `count` simulator resources (all compartment types), read twice from the same job:
 * 1. raw: node:http GET of each file with the token, lines cut at `\n` and JSON.parse'd:
 *    the least work that yields the resources (the floor);
 * 2. sdk: `for await (const r of job.resources())`.
 * The passes run raw, sdk, sdk, raw (so neither always meets a cold or a warm simulator) and
 * each figure is the mean of its two passes. The heap is sampled every 1,000 resources; each
 * pass has its own baseline after GC and the peak growth is the larger of the two. CPU time
 * is this process's own per resource: the simulator, which builds every file on request and
 * is usually the bottleneck, runs in another process, so wall-clock rates are bounded by it.
 * Prints one JSON line.
 *
 * Usage: node --expose-gc --import tsx bench/bulk-export.ts 1000000
 */
import http from 'node:http';
import { fetchToken, loadSdk, startSimulatorProcess } from './harness.js';

const { AthenaClient } = await loadSdk();
const count = Number(process.argv[2] ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

// The simulator's patients average about 15 compartment resources each.
const sim = await startSimulatorProcess({ SIM_PATIENTS: String(Math.ceil(count / 15.1)), SIM_BULK_FILE_SIZE: '20000' });
const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off', timeoutMs: 300_000 });
const job = await athena.fhir.bulkExport({ group: `a-${sim.practiceId}.group-all` }, { timeoutMs: 300_000 });
const manifest = await job.manifest();
const token = await fetchToken(sim);

interface Pass {
  resources: number;
  seconds: number;
  perSecond: number;
  cpuUsPerResource: number;
  baseline: number;
  peak: number;
  growth: number;
}

async function measure(run: (onResource: () => void) => Promise<void>): Promise<Pass> {
  gc?.();
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let resources = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await run(() => {
    if (++resources % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  return { resources, seconds, perSecond: resources / seconds, cpuUsPerResource: (used.user + used.system) / resources, baseline, peak, growth: peak - baseline };
}

function rawFile(url: string, onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        let carry: Buffer | undefined;
        res.on('data', (chunk: Buffer) => {
          let data = carry ? Buffer.concat([carry, chunk]) : chunk;
          let start = 0;
          for (let at = data.indexOf(10); at >= 0; at = data.indexOf(10, start)) {
            if (at > start) onLine(data.toString('utf8', start, at));
            start = at + 1;
          }
          data = data.subarray(start);
          carry = data.length > 0 ? Buffer.from(data) : undefined;
        });
        res.on('end', resolve);
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const rawPass = () =>
  measure(async (onResource) => {
    for (const file of manifest.output) {
      await rawFile(file.url, (line) => {
        if ((JSON.parse(line) as { resourceType?: string }).resourceType === undefined) throw new Error('not a resource');
        onResource();
      });
    }
  });
const sdkPass = () =>
  measure(async (onResource) => {
    // A fresh job on the same export each time: the first read every file to its end.
    for await (const resource of athena.fhir.resumeBulkExport({ version: 1, statusUrl: job.statusUrl, manifest, files: {} }).resources()) {
      if (resource.resourceType === undefined) throw new Error('not a resource');
      onResource();
    }
  });
const mean = (a: Pass, b: Pass): Pass => ({
  resources: a.resources,
  seconds: (a.seconds + b.seconds) / 2,
  perSecond: (a.perSecond + b.perSecond) / 2,
  cpuUsPerResource: (a.cpuUsPerResource + b.cpuUsPerResource) / 2,
  baseline: Math.min(a.baseline, b.baseline),
  peak: Math.max(a.peak, b.peak),
  growth: Math.max(a.growth, b.growth),
});
const raw1 = await rawPass();
const sdk1 = await sdkPass();
const sdk2 = await sdkPass();
const raw2 = await rawPass();
const raw = mean(raw1, raw2);
const sdk = mean(sdk1, sdk2);
athena.close();
await sim.stop();
if (sdk.resources !== raw.resources) throw new Error(`the SDK read ${sdk.resources} resources, the raw pass ${raw.resources}`);
process.stdout.write(`${JSON.stringify({ files: manifest.output.length, raw, sdk })}\n`);
