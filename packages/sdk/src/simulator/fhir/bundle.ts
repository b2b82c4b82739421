/**
 * searchset Bundles with athena's paging: `_count` per page and an opaque `cursor`
 * in the absolute `next` link, which repeats the search as it was sent.
 */
import type { Bundle, FhirResource } from '../../internal.js';
import { invalid, type Outcome } from './outcome.js';

/**
 * Page size when `_count` is absent, and the largest one honoured: athena publishes neither;
 * 1000 is the largest page production clients ask for (metriport's `_count=1000`).
 */
export const DEFAULT_COUNT = 50;
export const MAX_COUNT = 1000;

export interface PageRequest {
  /** `http://host:port/fhir/r4/Patient`, the search's own URL without the query. */
  baseUrl: string;
  /** The query string as sent, without `?`. */
  rawQuery: string;
}

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number | undefined {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

/** One page of `matches` as a Bundle, or the 400 for a bad `_count` or `cursor`. */
export function searchsetBundle(matches: readonly FhirResource[], page: PageRequest): Bundle | Outcome {
  const query = new URLSearchParams(page.rawQuery);
  const countText = query.get('_count');
  const count = countText === null ? DEFAULT_COUNT : /^\d{1,6}$/.test(countText) ? Number(countText) : NaN;
  if (!(count >= 0)) return invalid('The _count parameter must be a whole number.');
  const cursor = query.get('cursor');
  const offset = cursor === null ? 0 : decodeCursor(cursor);
  if (offset === undefined) return invalid('The cursor parameter is not valid.');

  const size = Math.min(count, MAX_COUNT);
  const items = matches.slice(offset, offset + size);
  const link: NonNullable<Bundle['link']> = [{ relation: 'self', url: `${page.baseUrl}?${page.rawQuery}` }];
  // `_count=0` asks for the total alone (FHIR R4 search §3.1.1.5.6): no entries, no next page.
  if (size > 0 && offset + size < matches.length) {
    // Above the largest page the link says what a page holds, as athena's REST next links do with limit.
    if (count > MAX_COUNT) query.set('_count', String(MAX_COUNT));
    query.set('cursor', encodeCursor(offset + size));
    link.push({ relation: 'next', url: `${page.baseUrl}?${query.toString()}` });
  }
  const origin = page.baseUrl.slice(0, page.baseUrl.lastIndexOf('/'));
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    link,
    entry: items.map((resource) => ({ fullUrl: `${origin}/${resource.resourceType}/${resource.id}`, resource, search: { mode: 'match' } })),
  };
}
