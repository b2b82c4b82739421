/**
 * Paging ahead of the caller: while a `for await` loop works on one page, the next one is
 * already on its way, so a walk over N pages costs about the larger of N fetches and N
 * pieces of work instead of their sum. Used by REST lists (pagination.ts) and FHIR searches.
 *
 * At most one page is fetched ahead: the fetch of page n+1 starts when page n is handed
 * to the caller, and page n+2 is not asked for until the caller comes back for page n+1.
 * A page fetched ahead goes through the same pipeline as any call (rate limit, retries,
 * its own deadline); its failure is kept and thrown when the caller reaches that page.
 * Leaving the loop early (break, return, an exception) cancels it and waits until it has
 * stopped, so no request of the list outlives the loop.
 */

/** Fetches the page after the current one; `signal`, when given, replaces the caller's own. */
export type NextPageFetch<P> = (signal: AbortSignal | undefined) => Promise<P>;

export interface PageWalk<P> {
  /**
   * How to fetch the page after `page`, or undefined when `page` is the last. Called once
   * per page, before the caller sees it; a problem with the next link must come back as
   * a fetch that fails, so it surfaces when the caller reaches that page, not earlier.
   */
  next(page: P): NextPageFetch<P> | undefined;
  /** Whether to fetch the next page while the caller still works on `page`. */
  ahead(page: P): boolean;
  /** The caller's own signal: aborting it cancels a page being fetched ahead too. */
  readonly signal: AbortSignal | undefined;
}

/** Every page from `first` on, in order, with at most one fetched ahead of the caller. */
export async function* walkPages<P>(first: P, walk: PageWalk<P>): AsyncGenerator<P, void, undefined> {
  let page = first;
  let pending: PageAhead<P> | undefined;
  try {
    for (;;) {
      const fetchNext = walk.next(page);
      if (fetchNext === undefined) {
        yield page;
        return;
      }
      pending = walk.ahead(page) ? new PageAhead(fetchNext, walk.signal) : undefined;
      // One turn of the event loop lets the request reach the socket before the caller's
      // work starts: CPU-bound work would otherwise hold it back until the caller is done.
      if (pending !== undefined) await nextTurn();
      yield page;
      if (pending === undefined) {
        page = await fetchNext(undefined);
      } else {
        const ahead = pending;
        pending = undefined;
        page = await ahead.result;
      }
    }
  } finally {
    // Set only when the caller left while a page was on its way.
    if (pending !== undefined) await pending.cancel();
  }
}

/** A macrotask later: after Node's next-tick and microtask queues, where a request is written. setTimeout, not Node's setImmediate: the core also runs on web runtimes. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** One page fetch started ahead of the caller, cancellable, whose failure waits for the caller. */
class PageAhead<P> {
  readonly result: Promise<P>;
  readonly #controller = new AbortController();

  constructor(fetch: NextPageFetch<P>, callerSignal: AbortSignal | undefined) {
    const controller = this.#controller;
    const onAbort = (): void => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) onAbort();
    else callerSignal?.addEventListener('abort', onAbort, { once: true });
    let started: Promise<P>;
    try {
      started = fetch(controller.signal);
    } catch (error) {
      started = Promise.reject(error);
    }
    this.result = started.finally(() => callerSignal?.removeEventListener('abort', onAbort));
    // Handled from the start: the caller may be busy for a long time, and an early failure
    // must not be reported as an unhandled rejection. It is thrown again when the caller
    // awaits `result`.
    this.result.catch(() => undefined);
  }

  /** Stops the fetch (its rate-limit wait, backoff or request) and resolves once it has ended. */
  async cancel(): Promise<void> {
    this.#controller.abort();
    await this.result.then(
      () => undefined,
      () => undefined,
    );
  }
}
