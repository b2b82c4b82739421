/**
 * What the learning limiter did during one fan-out of the "at athena's scale" section, for
 * reading a cell's wall time and 429s rather than only measuring them: when slow start
 * first hit the throttle and at what multiple of R, how many calls each phase had refused,
 * and each later throttle event.
 *
 * `R=500 LATENCY_MS=100 node --import tsx bench/learning-trace.ts` (`WARM=1` traces a warm
 * client's fan-out instead of a cold one). It measures `src/` (BENCH_SOURCE=1): the trace
 * wraps the limiter's class in this process, which the built bundle does not expose.
 */
import { AdaptiveRate } from '../packages/sdk/src/transport/adaptive-rate.js';
import { startSimulatorProcess } from './harness.js';

// Before athena-scale.ts loads the SDK: its client must use the class wrapped here.
process.env.BENCH_SOURCE = '1';
const { fanOut } = await import('./athena-scale.js');

const R = Number(process.env.R ?? 500);
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 100);
const client = process.env.WARM === '1' ? 'sdk default, warm' : 'sdk default';

type Learner = InstanceType<typeof AdaptiveRate>;
const learners = new Map<Learner, { firstSentAt: number; lastPhase: string }>();
const refusedIn: Record<string, number> = {};
const lines: string[] = [];
/** A learner's trace state, made at its first report. */
function traceOf(learner: Learner, sentAt: number): { firstSentAt: number; lastPhase: string } {
  let state = learners.get(learner);
  if (!state) learners.set(learner, (state = { firstSentAt: sentAt, lastPhase: learner.phase }));
  return state;
}
const describe = (learner: Learner) => `${learner.phase} at ${Math.round(learner.rate)}/s (${(learner.rate / R).toFixed(2)} R)`;

// Wrap the two reports every learner gets; the limiter's own code is unchanged.
const succeeded = AdaptiveRate.prototype.succeeded;
const throttled = AdaptiveRate.prototype.throttled;
AdaptiveRate.prototype.succeeded = function (this: Learner, sentAt, now, backlogged) {
  const state = traceOf(this, sentAt);
  succeeded.call(this, sentAt, now, backlogged);
  if (this.phase !== state.lastPhase) lines.push(`${ms(now - state.firstSentAt)} a success ends ${state.lastPhase}: ${describe(this)}`);
  state.lastPhase = this.phase;
};
AdaptiveRate.prototype.throttled = function (this: Learner, sentAt, now) {
  const state = traceOf(this, sentAt);
  const before = describe(this);
  refusedIn[this.phase] = (refusedIn[this.phase] ?? 0) + 1;
  const isNewEvent = throttled.call(this, sentAt, now);
  if (isNewEvent) lines.push(`${ms(now - state.firstSentAt)} a 429 (sent ${ms(sentAt - state.firstSentAt)}) in ${before} -> ${describe(this)}`);
  state.lastPhase = this.phase;
  return isNewEvent;
};

function ms(n: number): string {
  return `${(n / 1000).toFixed(2)} s`.padStart(8);
}

const sim = await startSimulatorProcess();
try {
  const result = await fanOut(sim, client, R, LATENCY_MS);
  console.log(`${client}, R=${R}/s, ${LATENCY_MS} ms: ${result.calls} calls, wall ${result.overLimit.toFixed(3)}× the limit, ${result.throttled} 429s (${((100 * result.throttled) / result.calls).toFixed(1)}%), ${result.failed} failed`);
  console.log(`429s by the phase they found the learner in: ${JSON.stringify(refusedIn)}`);
  console.log('Times from the first call sent (a warm trace includes the teaching fan-out):');
  console.log(lines.join('\n'));
} finally {
  await sim.stop();
}
