import { describe, expect, it } from 'vitest';
import { formatAthenaDateTime, InvalidRequestError, parseAthenaDate, parseAthenaDateTime } from '../../src/index.js';

describe('athena date helpers', () => {
  it('parses calendar dates to UTC midnight and refuses impossible ones', () => {
    expect(parseAthenaDate('05/01/1980')?.toISOString()).toBe('1980-05-01T00:00:00.000Z');
    expect(parseAthenaDate('02/30/2020')).toBeUndefined();
    expect(parseAthenaDate('2020-01-01')).toBeUndefined();
    expect(parseAthenaDate(undefined)).toBeUndefined();
  });

  it('reads Eastern timestamps in summer (EDT) and winter (EST)', () => {
    expect(parseAthenaDateTime('07/04/2026 09:30:00')?.toISOString()).toBe('2026-07-04T13:30:00.000Z');
    expect(parseAthenaDateTime('01/15/2026 09:30:00')?.toISOString()).toBe('2026-01-15T14:30:00.000Z');
    expect(parseAthenaDateTime('01/15/2026 09:30')?.toISOString()).toBe('2026-01-15T14:30:00.000Z');
    expect(parseAthenaDateTime('2015-05-20T13:39:21-04:00')?.toISOString()).toBe('2015-05-20T17:39:21.000Z');
    expect(parseAthenaDateTime('13/45/2026 99:00:00')).toBeUndefined();
  });

  it('writes Eastern timestamps that read back to the same second', () => {
    const summer = new Date('2026-07-04T13:30:05Z');
    expect(formatAthenaDateTime(summer)).toBe('07/04/2026 09:30:05');
    expect(formatAthenaDateTime(new Date('2026-01-15T14:30:00Z'))).toBe('01/15/2026 09:30:00');
    for (const iso of ['2026-03-08T06:59:59Z', '2026-03-08T07:00:00Z', '2026-11-01T05:30:00Z', '2026-11-01T07:30:00Z']) {
      const d = new Date(iso);
      expect(parseAthenaDateTime(formatAthenaDateTime(d))?.toISOString()).toBe(d.toISOString());
    }
    // 01:30 happens twice when EDT ends; athena's format cannot tell them apart: the earlier one is read.
    expect(formatAthenaDateTime(new Date('2026-11-01T06:30:00Z'))).toBe('11/01/2026 01:30:00');
    expect(parseAthenaDateTime('11/01/2026 01:30:00')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(() => formatAthenaDateTime(new Date('nope'))).toThrow(InvalidRequestError);
  });
});
