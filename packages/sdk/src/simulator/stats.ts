import type { IncomingMessage } from 'node:http';
import type { RecordedRequest, SimulatorStats } from './types.js';

const MAX_RECORDED = 1000;

export function createStats(): SimulatorStats {
  return { tokenRequests: 0, tokensIssued: 0, apiRequests: 0, fhirRequests: 0, throttled: 0, repeatedWrites: 0, byOperation: {}, statusCounts: {} };
}

/** Zeroes the counters in place, so references handed out earlier stay live. */
export function clearStats(stats: SimulatorStats): void {
  stats.tokenRequests = 0;
  stats.tokensIssued = 0;
  stats.apiRequests = 0;
  stats.fhirRequests = 0;
  stats.throttled = 0;
  stats.repeatedWrites = 0;
  for (const key of Object.keys(stats.byOperation)) delete stats.byOperation[key];
  for (const key of Object.keys(stats.statusCounts)) delete stats.statusCounts[key];
}

export function countStatus(stats: SimulatorStats, status: number): void {
  stats.statusCounts[status] = (stats.statusCounts[status] ?? 0) + 1;
}

/** Keeps the last requests for tests; records at arrival, the status is filled in when answered. */
export class RequestLog {
  readonly entries: RecordedRequest[] = [];

  constructor(private readonly enabled: boolean) {}

  /** Returns the entry to complete later, or undefined when recording is off. */
  record(
    req: IncomingMessage,
    path: string,
    query: Record<string, string>,
    body: string,
  ): RecordedRequest | undefined {
    if (!this.enabled) return undefined;
    // Node already gives lower-case names; no client sends the array-valued ones (set-cookie).
    const entry: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query,
      headers: req.headers as Record<string, string>,
      body,
      status: 0,
    };
    if (this.entries.length >= MAX_RECORDED) this.entries.shift();
    this.entries.push(entry);
    return entry;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
