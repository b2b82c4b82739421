/**
 * A FHIR search: `await` it for the first Bundle, `for await` over it for every matching
 * resource across Bundles, or `byPage()` for the Bundles themselves. Pages follow
 * `Bundle.link[relation=next].url` and stop on a missing or repeated link or an empty Bundle.
 * Iterating fetches one Bundle ahead of the caller unless `prefetchPages` is off (core/prefetch.ts).
 */
import { InvalidRequestError } from '../base/errors.js';
import { apiPromise, type APIPromise, type ResponseSlot, type WithResponse } from '../core/api-promise.js';
import type { PagingSettings } from '../core/pagination.js';
import { walkPages, type NextPageFetch } from '../core/prefetch.js';
import type { Bundle, Resource } from './types.js';

/**
 * Fetches the Bundle at a path (and query) on the client's FHIR server; fills `slot`, when
 * given, for `withResponse()`; `signal`, when given, replaces the call's own.
 */
export type BundleFetcher<T extends Resource> = (path: string, slot?: ResponseSlot, signal?: AbortSignal) => Promise<Bundle<T>>;

/** Turns a Bundle's `next` URL into a path on the client's own server, or throws when it points elsewhere. */
export type NextResolver = (url: string) => string;

/** The `next` link of a Bundle, if any. */
export function nextLink(bundle: Bundle): string | undefined {
  const link = bundle.link?.find((l) => l.relation === 'next');
  return typeof link?.url === 'string' && link.url !== '' ? link.url : undefined;
}

/** The resources a search matched: `_include`d resources and outcome entries are left out. */
export function matchedResources<T extends Resource>(bundle: Bundle<T>): T[] {
  const out: T[] = [];
  for (const entry of bundle.entry ?? []) {
    const mode = entry.search?.mode;
    if (entry.resource !== undefined && mode !== 'include' && mode !== 'outcome') out.push(entry.resource);
  }
  return out;
}

export class FhirSearchResults<T extends Resource> implements PromiseLike<Bundle<T>>, AsyncIterable<T> {
  readonly #firstPath: string;
  readonly #fetch: BundleFetcher<T>;
  readonly #resolveNext: NextResolver;
  readonly #paging: PagingSettings;
  #first: APIPromise<Bundle<T>> | undefined;

  /** @internal Searches return these; there is no reason to build one by hand. */
  constructor(firstPath: string, fetch: BundleFetcher<T>, resolveNext: NextResolver, paging: PagingSettings = { prefetch: false, signal: undefined }) {
    this.#firstPath = firstPath;
    this.#fetch = fetch;
    this.#resolveNext = resolveNext;
    this.#paging = paging;
  }

  #firstBundle(): APIPromise<Bundle<T>> {
    return (this.#first ??= apiPromise((slot) => this.#fetch(this.#firstPath, slot)));
  }

  /**
   * The first Bundle with the HTTP answer it came in: status, headers, request ids, athena's quota.
   * @example
   * const { data: bundle, response } = await athena.fhir.search('Patient', { family: 'Smith', birthdate: '1980-05-01' }).withResponse();
   * console.log(bundle.total, response.requestId);
   */
  withResponse(): Promise<WithResponse<Bundle<T>>> {
    return this.#firstBundle().withResponse();
  }

  /**
   * Awaiting a search gives its first bundle.
   * @example
   * const bundle = await athena.fhir.search('Patient', { family: 'Smith', birthdate: '1980-05-01' });
   * console.log(bundle.total, bundle.entry?.length);
   */
  then<R1 = Bundle<T>, R2 = never>(
    onfulfilled?: ((bundle: Bundle<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstBundle().then(onfulfilled, onrejected);
  }

  /**
   * The first bundle's failure, as with a promise.
   * @example
   * const bundle = await athena.fhir.search('Condition', { patient: 'a-195900.E-12' }).catch(() => undefined);
   */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Bundle<T> | R> {
    return this.#firstBundle().catch(onrejected);
  }

  /**
   * Runs after the first bundle arrived or failed, as with a promise.
   * @example
   * await athena.fhir.search('Condition', { patient: 'a-195900.E-12' }).finally(() => console.log('done'));
   */
  finally(onfinally?: (() => void) | null): Promise<Bundle<T>> {
    return this.#firstBundle().finally(onfinally);
  }

  /**
   * Every Bundle in order, `_include`d resources and all. While you work on one, the next
   * is fetched (unless the client or call sets `prefetchPages: false`); at most the current
   * Bundle and the next are held. Leaving the loop early cancels the one on its way.
   * @example
   * for await (const bundle of athena.fhir.search('Condition', { patient }).byPage()) console.log(bundle.entry?.length);
   */
  byPage(): AsyncGenerator<Bundle<T>, void, undefined> {
    return this.#bundles(() => true);
  }

  /** Every matched resource across Bundles. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const bundle of this.byPage()) yield* matchedResources(bundle);
  }

  /** The Bundles, fetching the next one ahead when prefetch is on and `wantsMore` says it will be read. */
  async *#bundles(wantsMore: (bundle: Bundle<T>) => boolean): AsyncGenerator<Bundle<T>, void, undefined> {
    const first = await this.#firstBundle();
    this.#first = undefined;
    // Compared as resolved paths: athena may write the same link absolute or relative.
    const seen = new Set<string>([this.#firstPath]);
    const { prefetch, signal } = this.#paging;
    yield* walkPages<Bundle<T>>(first, {
      next: (bundle): NextPageFetch<Bundle<T>> | undefined => {
        const next = nextLink(bundle);
        if (next === undefined || (bundle.entry ?? []).length === 0) return undefined;
        let path: string;
        try {
          path = this.#resolveNext(next);
        } catch (error) {
          // A link elsewhere fails when the caller reaches it, as without prefetch.
          return () => Promise.reject(error as Error);
        }
        if (seen.has(path)) return undefined;
        seen.add(path);
        return (ahead) => this.#fetch(path, undefined, ahead);
      },
      ahead: (bundle) => prefetch && wantsMore(bundle),
      signal,
    });
  }

  /**
   * Collects up to `limit` matched resources (at most 10 000).
   * @example
   * const conditions = await athena.fhir.search('Condition', { patient }).toArray({ limit: 200 });
   */
  async toArray(options: { limit: number }): Promise<T[]> {
    const limit = options?.limit;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
      throw new InvalidRequestError('toArray: limit must be a whole number from 1 to 10 000; iterate with for await for more.');
    }
    const out: T[] = [];
    // A Bundle is fetched ahead only if the limit is not reached before it: no request wasted.
    for await (const bundle of this.#bundles((bundle) => out.length + matchedResources(bundle).length < limit)) {
      for (const resource of matchedResources(bundle)) {
        out.push(resource);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}
