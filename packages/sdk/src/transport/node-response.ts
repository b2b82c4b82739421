/**
 * A response of the Node sender. Its `headers` record is built on first use: every call
 * reads a header or two (athena's quota, the request id), few read them all, and building
 * the record is a measurable share of a call (about 6.5k instructions for athena's usual
 * eight headers, against a few hundred for two lookups by name).
 */
import type { HttpResponse, ResponseStream } from '../base/http.js';

export class NodeResponse implements HttpResponse {
  readonly status: number;
  readonly body: string;
  readonly bytes: Uint8Array | undefined;
  readonly stream: ResponseStream | undefined;
  /** Node's `rawHeaders`: names as received, values, alternating. */
  readonly #raw: string[];
  #headers: Record<string, string> | undefined;

  constructor(status: number, rawHeaders: string[], body: string, bytes?: Uint8Array, stream?: ResponseStream) {
    this.status = status;
    this.#raw = rawHeaders;
    this.body = body;
    this.bytes = bytes;
    this.stream = stream;
  }

  /** Lower-case names; repeated headers joined with ", ". */
  get headers(): Record<string, string> {
    return (this.#headers ??= lowerCaseHeaders(this.#raw));
  }

  /** One header by lower-case name, read from the raw list unless the record exists already. */
  header(name: string): string | undefined {
    if (this.#headers) return Object.hasOwn(this.#headers, name) ? this.#headers[name] : undefined;
    if (name === '__proto__') return undefined; // never in the record either
    return rawHeader(this.#raw, name);
  }

  /** A plain object, as `JSON.stringify` and logs expect: the getter is not an own property. */
  toJSON(): { status: number; headers: Record<string, string>; body: string } {
    return { status: this.status, headers: this.headers, body: this.body };
  }
}

/**
 * One header by lower-case name from Node's `rawHeaders` (repeated ones joined with ", "),
 * without building a record: `IncomingMessage.headers` builds one on first access.
 */
export function rawHeader(raw: string[], name: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const given = raw[i] as string;
    // Only names of the right length are lower-cased: one or two per lookup.
    if (given.length !== name.length || (given !== name && given.toLowerCase() !== name)) continue;
    const value = raw[i + 1] as string;
    found = found === undefined ? value : `${found}, ${value}`;
  }
  return found;
}

/**
 * The headers record from the raw list. A server sends the same few names on every answer:
 * `headerNames` keeps each one's lower-case form, so the keys of every response after the
 * first are the same strings and need no hashing or interning.
 */
function lowerCaseHeaders(raw: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const given = raw[i] as string;
    let name = headerNames.get(given);
    if (name === undefined) {
      name = given.toLowerCase();
      if (headerNames.size < 512 && given.length <= 64) headerNames.set(given, name);
    }
    if (name === '__proto__') continue;
    const value = raw[i + 1] as string;
    // Own values only: a header named like an Object.prototype member ('constructor') starts fresh.
    const previous = Object.hasOwn(out, name) ? out[name] : undefined;
    out[name] = previous === undefined ? value : `${previous}, ${value}`;
  }
  return out;
}

/** Header name as received -> lower-case; bounded in entries and name length, so a server inventing names cannot grow it. */
const headerNames = new Map<string, string>();
