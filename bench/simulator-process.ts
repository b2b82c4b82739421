/**
 * Runs the simulator in its own process for benchmarks, so the server does not
 * share the client's event loop. Prints one JSON line with its address and credentials.
 */
import { startSimulator } from '../packages/sdk/src/simulator/index.js';

const sim = await startSimulator({
  recordRequests: false,
  tokenRequestsPerWindow: 100_000,
  dailyQuota: Number.POSITIVE_INFINITY,
  tokenTtlSeconds: Number(process.env.SIM_TOKEN_TTL ?? 3600),
  patientCount: Number(process.env.SIM_PATIENTS ?? 1000),
});
// Bulk export benchmark: large files, manifest at the first poll.
if (process.env.SIM_BULK_FILE_SIZE !== undefined) sim.bulk.configure({ pollsBeforeDone: 0, resourcesPerFile: Number(process.env.SIM_BULK_FILE_SIZE) });
process.stdout.write(`${JSON.stringify({ url: sim.url, clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId })}\n`);
const stop = () => void sim.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
