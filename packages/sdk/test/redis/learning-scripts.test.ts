import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { DEEP_CUT, HOLD_MS, INITIAL_RATE, MAX_HOLD_MS, RAISED_LIMIT, RECOVERY_SHARE, SETTLE_HEADROOM, SLOW_START_CAP, SLOW_START_CAP_MS, SLOW_START_RTTS } from '../../src/transport/adaptive-rate.js';
import { NOTE_REFUSAL, RESERVE_LEARNED_SLOT } from '../../src/redis/learning-scripts.js';
import { cleanUp, connect, describeRedis, ready, uniquePrefix } from './helpers.js';

/**
 * The Lua twin of adaptive-rate.ts, run on a real Redis with its state written by hand: what
 * got through is written into the buckets the scripts count (5 ms each, the last two seconds),
 * and the times of refusals are chosen relative to the server's clock, so that every assertion
 * is on the state the scripts leave, never on how long anything took.
 */
describeRedis('the learning scripts (the rules of adaptive-rate.ts, in Redis)', (server) => {
  let redis: Redis;
  let prefix: string;
  let keys: string[];

  beforeAll(async () => {
    redis = connect(server.url);
    await ready(redis);
  });
  afterEach(async () => cleanUp(redis, prefix));
  afterAll(() => redis.disconnect());

  const learn = () => keys[1] as string;
  const state = async () => {
    const all: Record<string, string | undefined> = await redis.hgetall(learn());
    const number = (field: string) => Number(all[field]);
    return { phase: all.phase, rate: number('rate'), event: number('event'), quiet: number('quiet'), cut: number('cut'), before: number('before'), settled: number('settled'), hold: number('hold'), limit: number('limit'), cap: number('cap') };
  };
  const serverNowUs = async () => {
    const [seconds, micros] = await redis.time();
    return Number(seconds) * 1_000_000 + Number(micros);
  };
  /** `n` slots got through, spread over the second before `sentUs`, and the slot sent at `sentUs` was granted. */
  const gotThrough = async (n: number, sentUs: number) => {
    const last = Math.floor(sentUs / 5000);
    const fields: (string | number)[] = [];
    for (let i = 0; i < 199; i++) {
      const bucket = last - 199 + i;
      fields.push(`s${bucket % 400}`, bucket, `c${bucket % 400}`, Math.floor(((i + 1) * n) / 199) - Math.floor((i * n) / 199));
    }
    fields.push(`s${last % 400}`, last, `c${last % 400}`, 1);
    await redis.hset(keys[2] as string, ...fields);
  };
  /** One more slot granted at `sentUs` (of a call refused next). */
  const granted = (sentUs: number) => redis.hincrby(keys[2] as string, `c${Math.floor(sentUs / 5000) % 400}`, 1);
  const refuse = async (sentUs: number) => Number(await NOTE_REFUSAL.run(redis, keys, [sentUs]));
  /** A reservation reporting `successes` held back, a round trip of `rttUs`, the latest success sent at `lastSuccessUs`. */
  const reserve = (successes: number, rttUs: number, lastSuccessUs = 0) => RESERVE_LEARNED_SLOT.run(redis, keys, [0, 10_000_000, successes, rttUs, lastSuccessUs, 1_000_000, '0']);
  const steadyAt = (rate: number, extra: Record<string, string | number> = {}) => redis.hset(learn(), { rate, phase: 'steady', ...extra });

  beforeEach(() => {
    prefix = uniquePrefix();
    keys = [`${prefix}rate:api`, `${prefix}rate:api:learn`, `${prefix}rate:api:sent`];
  });
  /** A send time on the server's clock, a little in the past: later reservations' slots fall after it. */
  const sentLately = async () => (await serverNowUs()) - 100_000;

  it('slow start begins at INITIAL_RATE, grows e-fold per SLOW_START_RTTS round trips, and stays under the cap', async () => {
    await reserve(0, 0);
    expect((await state()).rate).toBe(INITIAL_RATE);
    expect((await state()).phase).toBe('slow');
    // About 30 got through in the last second, answered (sent more than a round trip ago).
    await gotThrough(30, await sentLately());
    // 5 successes with a 40 ms round trip: 1000 / (3 × 40) a second each.
    await reserve(5, 40_000);
    expect((await state()).rate).toBeCloseTo(INITIAL_RATE + (5 * 1000) / (SLOW_START_RTTS * 40), 6);
    // A few times what got through (the part of the second that the window covers, to within a bucket or two).
    const multiple = Math.max(SLOW_START_CAP, SLOW_START_CAP_MS / 40);
    expect((await state()).cap).toBeGreaterThanOrEqual(multiple * 25);
    expect((await state()).cap).toBeLessThanOrEqual(multiple * 31);
    // Many more successes: the cap holds the rate.
    await reserve(1000, 40_000);
    expect((await state()).rate).toBe((await state()).cap);
  });

  it('a refusal in slow start drops to a tenth of what got through, then settles just under it once a later call succeeds', async () => {
    await reserve(0, 0);
    await redis.hset(learn(), 'rate', 200);
    const sent = await sentLately();
    await gotThrough(150, sent);
    expect(await refuse(sent)).toBe(1);
    let s = await state();
    expect(s.phase).toBe('recovery');
    expect(s.rate).toBeCloseTo(150 * RECOVERY_SHARE, 6);
    // Refusals of calls sent before anything was noticed belong to the event.
    await granted(sent);
    expect(await refuse(sent)).toBe(0);
    expect((await state()).phase).toBe('recovery');
    // A success of a call sent before the event does not end it; one sent after does.
    await reserve(0, 40_000, sent);
    expect((await state()).phase).toBe('recovery');
    await reserve(0, 40_000, s.event + 1000);
    s = await state();
    expect(s.phase).toBe('steady');
    expect(s.rate).toBeCloseTo(150 * (1 - SETTLE_HEADROOM), 6);
    expect(s.hold).toBe(HOLD_MS * 1000);
    expect(s.limit).toBe(150);
  });

  it('after a pause (nothing held back for a while), probing starts over', async () => {
    const now = await serverNowUs();
    // Settled 30 s ago, nothing held back since: 30 s of doubling would add thousands a call.
    await steadyAt(100, { settled: now - 30_000_000, hold: 1_000_000, recent: 100, quarter: now, backlogged: now - 30_000_000 });
    await reserve(50, 0);
    const s = await state();
    expect(s.rate).toBe(100);
    expect(s.settled).toBeGreaterThanOrEqual(now);
  });

  it('probing past RAISED_LIMIT times the last limit without a refusal goes back to slow start', async () => {
    const now = await serverNowUs();
    // 2 s into probing: 50 successes add about 50 × 2% × 2² = 4, past 1.2 × 85 = 102.
    await steadyAt(100, { settled: now - 3_000_000, hold: 1_000_000, recent: 100, quarter: now, backlogged: now, limit: 85 });
    expect(100).toBeLessThan(RAISED_LIMIT * 85);
    await reserve(50, 0);
    const s = await state();
    expect(s.rate).toBeGreaterThan(RAISED_LIMIT * 85);
    expect(s.phase).toBe('slow');
  });

  it('once steady, a refusal of a call sent at the cut rate (after the cut) recovers: the window is used up', async () => {
    await steadyAt(104);
    const sent = await sentLately();
    await gotThrough(100, sent);
    expect(await refuse(sent)).toBe(1);
    const { cut, rate } = await state();
    expect(rate).toBeCloseTo(100 * (1 - SETTLE_HEADROOM), 6);
    // Sent 10 ms after the cut, within its quiet second, and refused.
    expect(await refuse(cut + 10_000)).toBe(0);
    const s = await state();
    expect(s.phase).toBe('recovery');
    expect(s.before).toBeCloseTo(rate, 6);
  });

  it('a report alone (a success while recovering) settles the recovery and reserves no slot', async () => {
    await reserve(0, 0);
    await redis.hset(learn(), 'rate', 200);
    const sent = await sentLately();
    await gotThrough(150, sent);
    await refuse(sent);
    const report = (lastSuccessUs: number) => RESERVE_LEARNED_SLOT.run(redis, keys, [0, 0, 0, 40_000, lastSuccessUs, 1_000_000, '0', '1']) as Promise<[number, string, number, number]>;
    const next = await redis.hget(keys[0] as string, 'next');
    // Still recovering: the answer says so, for the process to report its next success at once.
    expect((await report(sent))[3]).toBe(1);
    const [wait, , , recovering] = await report((await state()).event + 1000);
    expect([wait, recovering]).toEqual([-1, 0]);
    expect((await state()).phase).toBe('steady');
    expect((await state()).rate).toBeCloseTo(150 * (1 - SETTLE_HEADROOM), 6);
    expect(await redis.hget(keys[0] as string, 'next')).toBe(next);
  });

  it('once steady, a refusal cuts to just under what got through, with no recovery; refusals of that window cut no further', async () => {
    await steadyAt(104);
    const sent = await sentLately();
    await gotThrough(100, sent);
    expect(await refuse(sent)).toBe(1);
    let s = await state();
    expect(s.phase).toBe('steady');
    expect(s.rate).toBeCloseTo(100 * (1 - SETTLE_HEADROOM), 6);
    expect(s.limit).toBe(100);
    expect(s.hold).toBe(HOLD_MS * 1000);
    expect(s.quiet).toBeGreaterThan(sent + 900_000);
    // The end of that gateway window: another call sent before `quiet`, refused: no new event, no deeper cut.
    await granted(sent);
    expect(await refuse(sent)).toBe(0);
    s = await state();
    expect(s.phase).toBe('steady');
    expect(s.rate).toBeCloseTo(100 * (1 - SETTLE_HEADROOM), 6);
    expect(s.hold).toBe(HOLD_MS * 1000);
  });

  it('once steady, a refusal far under the rate (the throttle fell) recovers, and settles at what got through', async () => {
    await steadyAt(100);
    const sent = await sentLately();
    await gotThrough(40, sent);
    expect(40).toBeLessThan(DEEP_CUT * 100);
    expect(await refuse(sent)).toBe(1);
    let s = await state();
    expect(s.phase).toBe('recovery');
    expect(s.rate).toBeCloseTo(40 * RECOVERY_SHARE, 6);
    expect(s.before).toBe(100);
    await reserve(0, 40_000, s.event + 1000);
    s = await state();
    expect(s.phase).toBe('steady');
    expect(s.rate).toBeCloseTo(40 * (1 - SETTLE_HEADROOM), 6);
  });

  it('holds twice as long each time a refusal confirms the limit, up to MAX_HOLD_MS, and from HOLD_MS again when it moves', async () => {
    await steadyAt(110);
    const start = await serverNowUs();
    const holds: number[] = [];
    // Events 10 s apart on the server's clock: each refused call is sent after the last one's quiet second.
    const event = async (k: number, through: number) => {
      const sent = start + k * 10_000_000;
      await gotThrough(through, sent);
      expect(await refuse(sent)).toBe(1);
      holds.push((await state()).hold);
    };
    for (let k = 0; k < 4; k++) await event(k, 100);
    await event(4, 90);
    expect(holds).toEqual([HOLD_MS, 2 * HOLD_MS, 4 * HOLD_MS, MAX_HOLD_MS, HOLD_MS].map((ms) => ms * 1000));
    expect((await state()).phase).toBe('steady');
  });

  it('probes upward only after the stored hold, and only a rate that is being used', async () => {
    const now = await serverNowUs();
    // Settled 2 s ago with a hold of 4 s; 100 a second went out lately, calls held back all along.
    await steadyAt(100, { settled: now - 2_000_000, hold: 4_000_000, recent: 100, quarter: now, backlogged: now });
    await reserve(50, 0);
    expect((await state()).rate).toBe(100);
    // The same with a hold of 1 s: the probe has begun.
    await redis.hset(learn(), 'hold', 1_000_000);
    await reserve(50, 0);
    expect((await state()).rate).toBeGreaterThan(100);
    // A rate far above what goes out is not probed further.
    await redis.hset(learn(), { rate: 200, recent: 100 });
    await reserve(50, 0);
    expect((await state()).rate).toBe(200);
  });
});
