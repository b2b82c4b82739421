/**
 * Runs one fault scenario in its own process and prints one JSON line with what happened.
 * After the client is closed and the server stopped it does nothing more: the parent checks
 * that the process then exits on its own, i.e. that no timer or socket outlives `close()`.
 *
 * Usage: node --import tsx test/reliability/scenario-child.ts '<scenario name>'
 */
import { AthenaError } from '../../src/index.js';
import { findScenario } from './scenarios.js';

const unhandled: string[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)));

const scenario = findScenario(process.argv[2] ?? '');
const running = await scenario.start();
const started = performance.now();
let outcome = 'ok';
let athenaError = true;
try {
  await running.call();
} catch (error) {
  outcome = error instanceof Error ? error.name : String(error);
  athenaError = error instanceof AthenaError;
}
const elapsedMs = performance.now() - started;
const writesReached = running.writesReached();
await running.close();
// Give a late rejection (a background refresh, a dangling promise) a chance to surface.
await new Promise((resolve) => setTimeout(resolve, 100));
const pending = process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap');
process.stdout.write(`${JSON.stringify({ outcome, athenaError, elapsedMs, writesReached, unhandled, pending })}\n`);
