import { describe, expect } from 'vitest';
import { MemoryRateLimiter, TimeoutError, spacingMs, type RateLimiter } from '../../src/index.js';
import { DailyQuotaPacer } from '../../src/transport/quota-pacing.js';
import { it, json } from '../fixtures.js';

const DAY_MS = 86_400_000;

describe('daily quota pacing', () => {
  const midnight = Math.ceil(Date.now() / DAY_MS) * DAY_MS;

  it('adds no delay while more than 10% of the quota is left', () => {
    const pacer = new DailyQuotaPacer();
    pacer.observe({ 'x-ratelimit-limit': '50000', 'x-ratelimit-remaining': '5001' }, midnight - 3_600_000);
    expect(pacer.intervalMs(midnight - 3_600_000)).toBe(0);
  });

  it('spreads the rest of the quota over the time to midnight UTC once it runs low', () => {
    const pacer = new DailyQuotaPacer();
    const now = midnight - 3_600_000;
    pacer.observe({ 'x-ratelimit-limit': '50000', 'x-ratelimit-remaining': '3600' }, now);
    expect(pacer.intervalMs(now)).toBe(1_000);
    // A new UTC day resets the quota.
    expect(pacer.intervalMs(midnight + 1)).toBe(0);
  });

  it('ignores answers without the headers', () => {
    const pacer = new DailyQuotaPacer();
    pacer.observe({ 'x-ratelimit-remaining': 'many' });
    expect(pacer.intervalMs()).toBe(0);
  });
});

describe('MemoryRateLimiter', () => {
  it('has no fixed limit by default: acquire returns at once', () => {
    expect(new MemoryRateLimiter().acquire(undefined, Date.now() + 1_000)).toBeUndefined();
  });

  it('spaces calls at the configured rate less the headroom', async ({ clientFor, simulator }) => {
    expect(spacingMs(50)).toBeCloseTo(1000 / 47.5);
    expect(() => spacingMs(0)).toThrow(/requestsPerSecond/);
    const sim = await simulator({ requestsPerSecond: 20 });
    const athena = clientFor(sim, { requestsPerSecond: 20 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 20 }, () => athena.practice.ping()));
    // 20 slots at 19/s, the first at once: at least ~1 s (a lower bound; a busy machine only adds).
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(sim.stats.apiRequests).toBeGreaterThanOrEqual(20);
  });

  it('slows down when athena reports the daily quota low, and refuses before sending past the deadline', async ({ startStubServer, stubClient }) => {
    const stub = await startStubServer((_req, res) => json(res, 200, { pong: 'true' }, { 'x-ratelimit-limit': '50000', 'x-ratelimit-remaining': '2' }));
    const athena = stubClient(stub);
    await athena.practice.ping(); // learns that 2 calls are left for the rest of the day
    await athena.practice.ping(); // the first slot of the paced schedule
    const error = await athena.practice.ping({ totalTimeoutMs: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain('nothing was sent');
    expect(stub.requests.filter((r) => r.url !== '/oauth2/v1/token')).toHaveLength(2);
  });

  it('shows a limiter with only observe every response header, and one with observeQuota the two quota values', async ({ startStubServer, stubClient }) => {
    // Mixed-case names, as a gateway may send them; repeated Remaining values are joined.
    const stub = await startStubServer((_req, res) => {
      res.writeHead(200, [['Content-Type', 'application/json'], ['X-RateLimit-Limit', '50000'], ['X-RateLimit-Remaining', '1200'], ['X-Request-Id', 'srv-1']]);
      res.end('{"pong":"true"}');
    });
    const seenHeaders: Record<string, string>[] = [];
    const plain: RateLimiter = { acquire: () => undefined, observe: (headers) => void seenHeaders.push(headers) };
    await stubClient(stub, { rateLimiter: plain }).practice.ping();
    expect(seenHeaders).toEqual([expect.objectContaining({ 'x-ratelimit-limit': '50000', 'x-ratelimit-remaining': '1200', 'x-request-id': 'srv-1', 'content-type': 'application/json' })]);

    const seenQuota: (string | undefined)[][] = [];
    const fast: RateLimiter = { acquire: () => undefined, observe: () => seenQuota.push(['observe']), observeQuota: (limit, remaining) => void seenQuota.push([limit, remaining]) };
    await stubClient(stub, { rateLimiter: fast }).practice.ping();
    expect(seenQuota).toEqual([['50000', '1200']]);

    // A subclass of a built-in limiter that overrides observe alone is still called with every header.
    const seenBySubclass: Record<string, string>[] = [];
    class AuditingLimiter extends MemoryRateLimiter {
      override observe(headers: Record<string, string>): void {
        seenBySubclass.push(headers);
        super.observe(headers);
      }
    }
    await stubClient(stub, { rateLimiter: new AuditingLimiter() }).practice.ping();
    expect(seenBySubclass).toEqual([expect.objectContaining({ 'x-ratelimit-remaining': '1200', 'x-request-id': 'srv-1' })]);
  });
});
