import { describe, expect, it } from 'vitest';
import { RequestAbortedError, TimeoutError } from '../../src/index.js';
import { SlotQueue } from '../../src/transport/slot-queue.js';

const none = () => 0;

describe('SlotQueue', () => {
  it('serves waiting calls in order as places in flight free up', async () => {
    const queue = new SlotQueue({ intervalMs: none, committedIntervalMs: none, maxInFlight: 2 });
    const served: number[] = [];
    expect(queue.acquire(undefined, Date.now() + 10_000)).toBeUndefined();
    expect(queue.acquire(undefined, Date.now() + 10_000)).toBeUndefined();
    const waiting = [1, 2, 3].map((n) => (queue.acquire(undefined, Date.now() + 10_000) as Promise<void>).then(() => served.push(n)));
    expect(queue.waiting).toBe(3);
    queue.release();
    queue.release();
    await Promise.all(waiting.slice(0, 2));
    expect(served).toEqual([1, 2]);
    queue.release();
    await waiting[2];
    expect(served).toEqual([1, 2, 3]);
    expect(queue.inFlight).toBe(2);
  });

  it('drops a waiting call whose signal aborts, and its turn goes to the next', async () => {
    const queue = new SlotQueue({ intervalMs: none, committedIntervalMs: none, maxInFlight: 1 });
    queue.acquire(undefined, Date.now() + 10_000);
    const controller = new AbortController();
    const aborted = (queue.acquire(controller.signal, Date.now() + 10_000) as Promise<void>).catch((e: unknown) => e);
    const next = queue.acquire(undefined, Date.now() + 10_000) as Promise<void>;
    controller.abort();
    expect(await aborted).toBeInstanceOf(RequestAbortedError);
    queue.release();
    await next;
    expect(queue.inFlight).toBe(1);
  });

  it('refuses at once, unsent, a call whose slot at a known spacing lies past its deadline', () => {
    const queue = new SlotQueue({ intervalMs: () => 1000, committedIntervalMs: () => 1000, maxInFlight: 10 });
    expect(queue.acquire(undefined, Date.now() + 5_000)).toBeUndefined();
    expect(() => queue.acquire(undefined, Date.now() + 100)).toThrow(TimeoutError);
  });

  it('spaces slots at the interval, one timer for the whole queue', async () => {
    const queue = new SlotQueue({ intervalMs: () => 20, committedIntervalMs: none, maxInFlight: 100 });
    const order: number[] = [];
    await Promise.all(Array.from({ length: 10 }, (_, n) => Promise.resolve(queue.acquire(undefined, Date.now() + 10_000)).then(() => order.push(n))));
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(queue.inFlight).toBe(10);
  });
});
