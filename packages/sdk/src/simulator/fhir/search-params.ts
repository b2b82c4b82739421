/**
 * Date search parameters with FHIR R4's comparison prefixes (eq, ne, gt, lt, ge, le, sa,
 * eb, ap): `date` (and the other date parameters of each type) and `_lastUpdated`.
 * A value stands for the range its precision implies (`2024` is the whole year), and so
 * does the resource's element (a Period is its start to its end); the prefixes compare
 * the two ranges as https://hl7.org/fhir/R4/search.html#prefix defines. Repeating a
 * parameter ANDs its values, commas OR them. Values without a time zone are read as UTC
 * (athena's zone rule for FHIR searches is not published).
 */
import type { FhirResource } from '../../internal.js';
import { invalid, type Outcome } from './outcome.js';

interface Range {
  start: number;
  /** Exclusive. */
  end: number;
}

type Prefix = 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le' | 'sa' | 'eb' | 'ap';

interface Condition {
  prefix: Prefix;
  range: Range;
}

/** The date search parameters of each type and the element each one reads. */
const DATE_PARAMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Encounter: { date: 'period' },
  Observation: { date: 'effectiveDateTime' },
  Immunization: { date: 'occurrenceDateTime' },
  DocumentReference: { date: 'date' },
  Appointment: { date: 'start' },
  AllergyIntolerance: { date: 'recordedDate' },
  Condition: { 'recorded-date': 'recordedDate', 'onset-date': 'onsetDateTime' },
  MedicationRequest: { authoredon: 'authoredOn' },
};

const PREFIXES = new Set<string>(['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb', 'ap']);
const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;
const DAY_MS = 86_400_000;

/**
 * Keeps the matches every date condition of the query accepts, or answers 400 for a
 * malformed value or a date parameter the type does not have.
 */
export function filterByDates(type: string, matches: readonly FhirResource[], query: URLSearchParams, now: number): FhirResource[] | Outcome {
  const filters: { element: string; conditions: Condition[] }[] = [];
  const known = DATE_PARAMS[type] ?? {};
  for (const name of new Set(query.keys())) {
    const element = name === '_lastUpdated' ? 'meta.lastUpdated' : Object.hasOwn(known, name) ? known[name] : undefined;
    if (element === undefined) {
      if (name === 'date') return invalid(`date is not a search parameter of ${type} here; use ${Object.keys(known).join(', ') || '_lastUpdated'}.`);
      continue;
    }
    for (const value of query.getAll(name)) {
      const conditions: Condition[] = [];
      for (const part of value.split(',')) {
        const condition = parseCondition(part.trim());
        if (condition === undefined) return invalid(`The ${name} value '${part.trim().slice(0, 40)}' is not a FHIR date with an optional prefix (eq, ne, gt, lt, ge, le, sa, eb, ap).`);
        conditions.push(condition);
      }
      filters.push({ element, conditions });
    }
  }
  if (filters.length === 0) return [...matches];
  return matches.filter((resource) =>
    filters.every(({ element, conditions }) => {
      const range = elementRange(resource, element);
      return range !== undefined && conditions.some((c) => satisfies(range, c, now));
    }),
  );
}

function parseCondition(text: string): Condition | undefined {
  const given = PREFIXES.has(text.slice(0, 2));
  const prefix = given ? (text.slice(0, 2) as Prefix) : 'eq';
  const range = parseRange(given ? text.slice(2) : text);
  return range === undefined ? undefined : { prefix, range };
}

/** The range a FHIR date, dateTime or instant stands for, by its precision. */
export function parseRange(text: string): Range | undefined {
  const m = DATE_VALUE.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = mo === undefined ? 0 : Number(mo) - 1;
  const day = d === undefined ? 1 : Number(d);
  if (month > 11 || day < 1 || day > 31) return undefined;
  if (mo === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (d === undefined) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  const dayStart = Date.UTC(year, month, day);
  if (new Date(dayStart).getUTCDate() !== day) return undefined;
  if (h === undefined) return { start: dayStart, end: dayStart + DAY_MS };
  const offset = zone === undefined || zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  const start = dayStart + Number(h) * 3_600_000 + Number(mi) * 60_000 + (s === undefined ? 0 : Number(s) * 1000) + (frac === undefined ? 0 : Number(`0.${frac}`) * 1000) - offset;
  const width = s === undefined ? 60_000 : frac === undefined ? 1000 : 1;
  return { start, end: start + width };
}

/** The range of the resource's element: a date, a dateTime or a Period (open ends are unbounded). */
function elementRange(resource: FhirResource, path: string): Range | undefined {
  let value: unknown = resource;
  for (const key of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value === 'string') return parseRange(value);
  if (value !== null && typeof value === 'object') {
    const { start, end } = value as { start?: unknown; end?: unknown };
    const from = typeof start === 'string' ? parseRange(start) : undefined;
    const to = typeof end === 'string' ? parseRange(end) : undefined;
    if (from === undefined && to === undefined) return undefined;
    return { start: from?.start ?? -Infinity, end: to?.end ?? Infinity };
  }
  return undefined;
}

/** FHIR R4's prefix semantics: `r` is the resource's range, `c.range` the search value's. */
function satisfies(r: Range, c: Condition, now: number): boolean {
  const s = c.range;
  const within = r.start >= s.start && r.end <= s.end;
  switch (c.prefix) {
    case 'eq':
      return within;
    case 'ne':
      return !within;
    case 'gt':
      return r.end > s.end;
    case 'lt':
      return r.start < s.start;
    case 'ge':
      return r.end > s.end || within;
    case 'le':
      return r.start < s.start || within;
    case 'sa':
      return r.start >= s.end;
    case 'eb':
      return r.end <= s.start;
    case 'ap': {
      // "Approximately": the value widened by 10% of its distance from now, at least a day.
      const slack = Math.max(DAY_MS, Math.abs(now - s.start) / 10);
      return r.start < s.end + slack && r.end > s.start - slack;
    }
  }
}
