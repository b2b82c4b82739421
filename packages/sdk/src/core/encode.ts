/**
 * Turning caller values into athena's wire format. Every refusal is an
 * InvalidRequestError naming the parameter, never quoting its value (it may be PHI).
 */
import { InvalidRequestError } from '../base/errors.js';
import type { ParamType } from './operation.js';

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
/** A path segment that needs neither checks nor percent-encoding. */
const PLAIN_ID = /^[A-Za-z0-9_-]+$/;

/**
 * Validates and percent-encodes one path segment. Ids that could escape their
 * segment (`/`, `\`, `.`/`..`), empty ids and control characters are refused, so a
 * caller-supplied id can never reach another endpoint.
 */
export function encodePathSegment(name: string, value: unknown, where: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  // Nearly every id is digits (or letters, '-' and '_'): safe as it stands, and one test clears it.
  if (typeof value === 'string' && PLAIN_ID.test(value)) return value;
  if (typeof value !== 'string') {
    throw new InvalidRequestError(`${where}: path parameter '${name}' must be a string id, got ${describeType(value)}.`);
  }
  if (value.trim() === '') throw new InvalidRequestError(`${where}: path parameter '${name}' must not be empty.`);
  if (CONTROL_CHARS.test(value)) {
    throw new InvalidRequestError(`${where}: path parameter '${name}' must not contain control characters.`);
  }
  if (hasLoneSurrogate(value)) {
    throw new InvalidRequestError(`${where}: path parameter '${name}' is not well-formed Unicode (an unpaired surrogate).`);
  }
  if (value.includes('/') || value.includes('\\') || value === '.' || value === '..') {
    throw new InvalidRequestError(`${where}: path parameter '${name}' must be a single path segment (no '/', '\\', '.' or '..').`);
  }
  return encodeURIComponent(value);
}

/** athena's date format, `mm/dd/yyyy`, from a `Date` (its UTC calendar day) or `YYYY-MM-DD`. */
export function toAthenaDate(name: string, value: unknown, where: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new InvalidRequestError(`${where}: '${name}' is an invalid Date.`);
    return `${pad(value.getUTCMonth() + 1)}/${pad(value.getUTCDate())}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'string') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (iso) return `${iso[2]}/${iso[3]}/${iso[1]}`;
    if (/^\d{2}\/\d{2}\/\d{4}$/.test(value)) return value;
  }
  throw new InvalidRequestError(`${where}: '${name}' must be a Date or a 'YYYY-MM-DD' string.`);
}

/** Encodes one non-path parameter value as athena expects it for its declared type. */
export function encodeValue(name: string, value: unknown, type: ParamType | undefined, where: string): string {
  switch (type) {
    case 'boolean':
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      if (value === 'true' || value === 'false') return value;
      throw new InvalidRequestError(`${where}: '${name}' must be a boolean.`);
    case 'date':
      return toAthenaDate(name, value, where);
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return value;
      throw new InvalidRequestError(`${where}: '${name}' must be a number.`);
    case 'list':
      if (Array.isArray(value)) return value.map((v) => scalarToString(name, v, where)).join(',');
      return scalarToString(name, value, where);
    case 'json':
      return typeof value === 'string' ? value : JSON.stringify(value);
    default:
      // Undeclared or plain string parameters: nested values become one JSON field.
      if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
      if (value instanceof Date) return toAthenaDate(name, value, where);
      return scalarToString(name, value, where);
  }
}

function scalarToString(name: string, value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw new InvalidRequestError(`${where}: '${name}' has an unsupported type (${describeType(value)}).`);
}

/** `application/x-www-form-urlencoded` / query-string encoding of already encoded values. */
export function formEncode(entries: readonly (readonly [string, string])[]): string {
  let out = '';
  for (const [key, value] of entries) {
    if (out) out += '&';
    out += `${encodeFormComponent(key)}=${encodeFormComponent(value)}`;
  }
  return out;
}

function encodeFormComponent(text: string): string {
  // encodeURIComponent throws a URIError on an unpaired surrogate; callers get the SDK's own error instead.
  if (hasLoneSurrogate(text)) throw new InvalidRequestError('A parameter name or value is not well-formed Unicode (an unpaired surrogate).');
  return encodeURIComponent(text).replace(/%20/g, '+');
}

/** An unpaired UTF-16 surrogate cannot be encoded as UTF-8 (String.prototype.isWellFormed is Node 20+ only on newer lib typings). */
function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return true;
  }
  return false;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
