/**
 * `meta.lastUpdated` for the seeded clinical records, which `_lastUpdated` searches and
 * Provenance read: the record's own date (a visit, a reading, a recording) at 16:00 UTC,
 * never later than the simulator's seed time. Resources that already carry one keep it.
 */
import type { FhirResource } from '../../internal.js';

/** When the seeds were "last touched": the REST fallback's `lastmodified` (11/28/2026 09:15 Eastern). */
export const SEED_TIME = '2026-11-28T14:15:00Z';

const DATE_ELEMENTS = ['effectiveDateTime', 'occurrenceDateTime', 'date', 'recordedDate', 'authoredOn', 'end'] as const;

export function withLastUpdated<T extends FhirResource>(resource: T): T {
  if (resource.meta?.lastUpdated !== undefined) return resource;
  const record = resource as unknown as Record<string, unknown>;
  const period = record.period as { end?: unknown } | undefined;
  let when = typeof period?.end === 'string' ? period.end : undefined;
  for (const name of DATE_ELEMENTS) if (when === undefined && typeof record[name] === 'string') when = record[name] as string;
  let lastUpdated = when === undefined ? SEED_TIME : /^\d{4}-\d{2}-\d{2}$/.test(when) ? `${when}T16:00:00Z` : when;
  if (Date.parse(lastUpdated) > Date.parse(SEED_TIME)) lastUpdated = SEED_TIME;
  return { ...resource, meta: { ...resource.meta, lastUpdated } };
}
