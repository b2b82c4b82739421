/**
 * athena's paged lists. A list call returns a PagedList: `await` it for the first
 * page, `for await` over it for every item across pages, or use `byPage()`.
 * Pages follow athena's `next` path as given (it may rename parameters or change
 * the limit) and stop on a missing or repeated `next` or an empty page.
 * Iterating fetches one page ahead of the caller unless `prefetchPages` is off (prefetch.ts).
 */
import { InvalidRequestError } from '../base/errors.js';
import { walkPages } from './prefetch.js';
import type { ResponseInfo } from './response-info.js';
import type { ListSection } from './shape.js';

export interface Page<T> {
  readonly items: T[];
  /** athena's `totalcount`, when it sends one. */
  readonly totalCount: number | undefined;
  /** athena's `next` path, absent on the last page. */
  readonly next: string | undefined;
  /**
   * Every other field athena sent beside the list on this page (not `totalcount`, `next`,
   * `previous`): a chart list's `lastupdated`, `noproblemsreported`, `sectionnote`... Empty when
   * athena answered a bare array.
   * @example
   * const page = await athena.chart.listProblems('1', { departmentid: '1' });
   * console.log(page.section.lastupdated, page.section.noproblemsreported);
   */
  readonly section: ListSection;
  /**
   * The HTTP answer this page came in: status, headers, athena's request id, the SDK's own
   * request id and athena's daily quota, as `withResponse()` gives them for other calls.
   */
  readonly response: ResponseInfo;
  /**
   * Whether athena gave a `next` link (and this page was not empty).
   * @example
   * let page = await athena.providers.listProviders({ limit: 100 });
   * while (page.hasNextPage()) page = await page.getNextPage();
   */
  hasNextPage(): boolean;
  /**
   * Fetches the page `next` points to.
   * @example
   * const first = await athena.patients.searchPatients({ lastname: 'Smith' });
   * if (first.hasNextPage()) console.log((await first.getNextPage()).items);
   */
  getNextPage(): Promise<Page<T>>;
}

/**
 * Fetches the page at a path (`/v1/...?...`), as athena's `next` gives it; `signal`, when
 * given, replaces the call's own (a page fetched ahead has one that also cancels it).
 */
export type PageFetcher<T> = (path: string, signal?: AbortSignal) => Promise<Page<T>>;

/** How a list is iterated: whether to fetch a page ahead, and the call's own signal. */
export interface PagingSettings {
  readonly prefetch: boolean;
  readonly signal: AbortSignal | undefined;
}

export class PageImpl<T> implements Page<T> {
  readonly items: T[];
  readonly totalCount: number | undefined;
  readonly next: string | undefined;
  readonly section: ListSection;
  readonly response: ResponseInfo;
  /** The path this page was fetched from; used to spot a `next` that loops back. */
  readonly path: string;
  readonly #fetch: PageFetcher<T>;

  constructor(init: { items: T[]; totalCount: number | undefined; next: string | undefined; section?: ListSection; path: string; response: ResponseInfo }, fetch: PageFetcher<T>) {
    this.items = init.items;
    this.totalCount = init.totalCount;
    this.next = init.next;
    this.section = init.section ?? {};
    this.response = init.response;
    this.path = init.path;
    this.#fetch = fetch;
  }

  hasNextPage(): boolean {
    return this.next !== undefined && this.items.length > 0;
  }

  getNextPage(): Promise<Page<T>> {
    return this.fetchNext(undefined);
  }

  /** `getNextPage` with a signal of its own, for a page fetched ahead of the caller. */
  fetchNext(signal: AbortSignal | undefined): Promise<Page<T>> {
    if (this.next === undefined) return Promise.reject(new InvalidRequestError('This is the last page: there is no next page.'));
    return this.#fetch(this.next, signal);
  }
}

export class PagedList<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  readonly #fetchFirst: () => Promise<PageImpl<T>>;
  readonly #paging: PagingSettings;
  #first: Promise<PageImpl<T>> | undefined;

  /** @internal Lists come from resource methods; there is no reason to build one by hand. */
  constructor(fetchFirst: () => Promise<PageImpl<T>>, paging: PagingSettings = { prefetch: false, signal: undefined }) {
    this.#fetchFirst = fetchFirst;
    this.#paging = paging;
  }

  #firstPage(): Promise<PageImpl<T>> {
    return (this.#first ??= this.#fetchFirst());
  }

  /**
   * Awaiting a list gives its first page.
   * @example
   * const page = await athena.departments.listDepartments();
   * console.log(page.items.length, page.totalCount);
   */
  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  /**
   * The first page's failure, as with a promise.
   * @example
   * const page = await athena.departments.listDepartments().catch(() => undefined);
   */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.#firstPage().catch(onrejected);
  }

  /**
   * Runs after the first page arrived or failed, as with a promise.
   * @example
   * await athena.departments.listDepartments().finally(() => console.log('done'));
   */
  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.#firstPage().finally(onfinally);
  }

  /**
   * Every page in order. While you work on one page the next is fetched (unless the
   * client or call sets `prefetchPages: false`); at most the current page and the next
   * are held in memory. Leaving the loop early cancels the page on its way.
   * @example
   * for await (const page of athena.patients.searchPatients({ departmentid: '1' }).byPage()) {
   *   console.log(page.items.length, page.next);
   * }
   */
  byPage(): AsyncGenerator<Page<T>, void, undefined> {
    return this.#pages(() => true);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.byPage()) yield* page.items;
  }

  /** The pages, fetching the next one ahead when prefetch is on and `wantsMore` says it will be read. */
  async *#pages(wantsMore: (page: PageImpl<T>) => boolean): AsyncGenerator<PageImpl<T>, void, undefined> {
    const first = await this.#firstPage();
    // Drop the cached first page so a long iteration does not pin it.
    this.#first = undefined;
    const seen = new Set<string>([first.path]);
    const { prefetch, signal } = this.#paging;
    yield* walkPages<PageImpl<T>>(first, {
      next(page) {
        const { next } = page;
        if (!page.hasNextPage() || next === undefined || seen.has(next)) return undefined;
        seen.add(next);
        return async (ahead) => (await page.fetchNext(ahead)) as PageImpl<T>;
      },
      ahead: (page) => prefetch && wantsMore(page),
      signal,
    });
  }

  /**
   * Collects up to `limit` items (at most 10 000) into an array.
   * @example
   * const providers = await athena.providers.listProviders().toArray({ limit: 500 });
   */
  async toArray(options: { limit: number }): Promise<T[]> {
    const limit = options?.limit;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
      throw new InvalidRequestError('toArray: limit must be a whole number from 1 to 10 000; iterate with for await for more.');
    }
    const out: T[] = [];
    // A page is fetched ahead only if the limit is not reached before it: no request wasted.
    for await (const page of this.#pages((page) => out.length + page.items.length < limit)) {
      for (const item of page.items) {
        out.push(item);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}
