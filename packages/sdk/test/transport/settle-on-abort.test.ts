import { describe, expect, it } from 'vitest';
import { settleOnAbort } from '../../src/transport/settle-on-abort.js';

/** A promise that settles only when the test says so, as a runtime's hung read would not. */
function held<T>() {
  let fail!: (error: Error) => void;
  let succeed!: (value: T) => void;
  const promise = new Promise<T>((resolve, reject) => {
    succeed = resolve;
    fail = reject;
  });
  return { promise, fail, succeed };
}

/** Unhandled rejections seen while `run` lets a held promise fail late. */
async function unhandledDuring(run: () => void): Promise<unknown[]> {
  const seen: unknown[] = [];
  const onUnhandled = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    run();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  return seen;
}

describe('settleOnAbort', () => {
  it('passes the value or the failure through while the signal has not aborted', async () => {
    const ok = held<number>();
    const waiting = settleOnAbort(ok.promise, new AbortController().signal);
    ok.succeed(7);
    await expect(waiting).resolves.toBe(7);
    const bad = held<number>();
    const failing = settleOnAbort(bad.promise, new AbortController().signal);
    bad.fail(new Error('reset'));
    await expect(failing).rejects.toThrow('reset');
  });

  it('gives up when the signal aborts, with its reason, though the promise never settles', async () => {
    const controller = new AbortController();
    const pending = held<number>();
    const waiting = settleOnAbort(pending.promise, controller.signal);
    controller.abort(new Error('timed out'));
    await expect(waiting).rejects.toThrow('timed out');
    expect(await unhandledDuring(() => pending.fail(new Error('late')))).toEqual([]);
  });

  it('gives up at once on a signal aborted before, and a late failure is not an unhandled rejection', async () => {
    const controller = new AbortController();
    controller.abort(new Error('aborted before'));
    const pending = held<number>();
    await expect(settleOnAbort(pending.promise, controller.signal)).rejects.toThrow('aborted before');
    expect(await unhandledDuring(() => pending.fail(new Error('late')))).toEqual([]);
  });
});
