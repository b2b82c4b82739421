/**
 * One search, after the handler's checks: the type's matches, narrowed by the date
 * parameters (search-params.ts), paged (bundle.ts), then the page's includes (includes.ts).
 */
import type { Bundle } from '../../internal.js';
import type { Params } from '../params.js';
import { searchsetBundle } from './bundle.js';
import { addIncludes } from './includes.js';
import type { Outcome } from './outcome.js';
import type { FhirContext, FhirTypeRow } from './resource-types.js';
import { filterByDates } from './search-params.js';

export interface SearchRequest {
  type: string;
  row: FhirTypeRow;
  /** Decoded parameters, names as sent (repeated names joined with commas). */
  params: Params;
  /** The query string as sent, without `?`: repeated parameters stay apart here. */
  rawQuery: string;
  /** `http://host:port/fhir/r4/Type`. */
  baseUrl: string;
  /** Whether the request's token may read a type (for included resources). */
  canRead(type: string): boolean;
}

export function runSearch(ctx: FhirContext, request: SearchRequest): Bundle | Outcome {
  const query = new URLSearchParams(request.rawQuery);
  const matches = filterByDates(request.type, request.row.search(ctx, request.params), query, Date.now());
  if (!Array.isArray(matches)) return matches;
  const bundle = searchsetBundle(matches, { baseUrl: request.baseUrl, rawQuery: request.rawQuery });
  if (!('resourceType' in bundle)) return bundle;
  return addIncludes(ctx, request.type, bundle, query, request.canRead);
}
