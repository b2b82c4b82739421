/**
 * athena's date formats, read into `Date` and written from it. Calendar dates are
 * `mm/dd/yyyy`; the changed-data feeds use `mm/dd/yyyy hh24:mi:ss` in US Eastern time
 * (EST or EDT, whichever applied), which Intl converts without any time zone data of our own.
 */
import { InvalidRequestError } from '../base/errors.js';

const EASTERN = 'America/New_York';

/**
 * An athena calendar date (`mm/dd/yyyy`) as a `Date` at UTC midnight of that day, the
 * convention the SDK also uses for dates it sends. `undefined` for empty or malformed input.
 * @example
 * parseAthenaDate('05/01/1980')?.toISOString(); // '1980-05-01T00:00:00.000Z'
 */
export function parseAthenaDate(value: string | undefined | null): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  if (!m) return undefined;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * An athena Eastern-time timestamp (`mm/dd/yyyy hh24:mi:ss`, also without seconds, as in
 * `lastmodified` of change records) as the instant it names. Also accepts ISO-8601 with an
 * offset, which some document fields use. `undefined` for empty or malformed input.
 * @example
 * parseAthenaDateTime('07/04/2026 09:30:00')?.toISOString(); // '2026-07-04T13:30:00.000Z' (EDT)
 */
export function parseAthenaDateTime(value: string | undefined | null): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(value);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value.trim())) {
      const iso = new Date(value.trim());
      return Number.isNaN(iso.getTime()) ? undefined : iso;
    }
    return undefined;
  }
  const [month, day, year, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // The Eastern offset at that wall time: try the offset at the naive instant, then correct once
  // (the second pass matters only around the DST switch).
  let instant = wall - easternOffsetMs(wall);
  instant = wall - easternOffsetMs(instant);
  return new Date(instant);
}

/**
 * A `Date` as athena's Eastern-time `mm/dd/yyyy hh24:mi:ss`, the format of the feeds'
 * `showprocessedstartdatetime` and `showprocessedenddatetime`.
 * @example
 * formatAthenaDateTime(new Date('2026-07-04T13:30:00Z')); // '07/04/2026 09:30:00'
 */
export function formatAthenaDateTime(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new InvalidRequestError('formatAthenaDateTime: expected a valid Date.');
  const p = easternParts(date.getTime());
  return `${p.month}/${p.day}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: EASTERN,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function easternParts(ms: number): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const out: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(ms))) out[part.type] = part.value;
  return out as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** Eastern wall time minus UTC at an instant, in ms (-4 h in summer, -5 h in winter). */
function easternOffsetMs(ms: number): number {
  const p = easternParts(ms);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(ms / 1000) * 1000;
}
