/**
 * Keeps what a call sent, and the client's credentials, out of error messages and log
 * lines however a server echoes them. athena echoes input in its error text ("Expecting
 * type integer, but value is …"); a buggy or hostile server may echo anything, the
 * Authorization header included. A Redactor is built only when an error is being made,
 * so a successful call pays nothing for it.
 */

import type { Logger } from './logger.js';

export const REDACTED = '[redacted]';

/** Server text kept in an error's fields (athena's message, FHIR diagnostics) is cut to this many characters. */
export const SERVER_TEXT_LIMIT = 300;

/** The raw body kept on `unsafeServerText` is cut to this many characters. */
export const UNSAFE_TEXT_LIMIT = 64 * 1024;

/** Longer server texts are cut before they are searched: nothing past this reaches a message anyway. */
const SEARCH_LIMIT = 16 * 1024;

/**
 * What the SDK accepts as a server request id: short and id-shaped, so it cannot carry a
 * sentence of PHI. A repeated header arrives joined with ", " and is kept as such.
 */
const REQUEST_ID = /^[A-Za-z0-9._:-]+(?:, ?[A-Za-z0-9._:-]+)*$/;
const REQUEST_ID_LIMIT = 128;

/** `Bearer <token>` and `Basic <base64>`, also URL- or form-encoded. */
const CREDENTIAL = /\b(bearer|basic)((?:\s|%20|\+)+)([A-Za-z0-9\-._~+/%]+=*)/gi;

/** `access_token=…`, `"client_secret": "…"` and the like. */
const SECRET_FIELD = /\b(access_token|refresh_token|id_token|client_secret|password)(["']?\s*(?:[:=]|%3A|%3D)\s*["']?)([^\s"'&,;}]+)/gi;

/** Parameters whose value the SDK sets itself (the practice reference), not the caller: left readable. */
const PLUMBING_PARAMS = new Set(['ah-practice']);

/** Replaces secret values in text. */
export interface TextRedactor {
  /**
   * The text with every secret value replaced by `[redacted]`.
   * @example
   * const safe = redactor.redact(serverMessage);
   */
  redact(text: string): string;
}

/**
 * Replaces each given value wherever it occurs in a text: as given, percent-encoded or
 * form-encoded, in any letter case. Values of two or three characters are replaced only
 * as whole words (a last name such as `Li` must not eat every "li" of a sentence);
 * one-character values and `true`/`false` are left alone. Credential patterns
 * (`Bearer …`, `Basic …`, `access_token=…`) are replaced too.
 */
export class Redactor implements TextRedactor {
  readonly #needles: string[];
  #pattern: RegExp | null | undefined;
  #longest = 0;

  constructor(values: Iterable<string>) {
    const needles = new Set<string>();
    for (const value of values) {
      if (typeof value !== 'string' || value.length < 2 || value === 'true' || value === 'false') continue;
      needles.add(value);
      const encoded = safeEncode(value);
      if (encoded !== undefined) {
        needles.add(encoded);
        needles.add(encoded.replace(/%20/g, '+'));
      }
    }
    this.#needles = [...needles];
  }

  redact(text: string): string {
    if (text.length > SEARCH_LIMIT) {
      // Also drop the tail a cut value could have been split into, so no part of one survives.
      text = text.slice(0, SEARCH_LIMIT - this.#longestNeedle());
    }
    const pattern = this.#compile();
    if (pattern) text = text.replace(pattern, REDACTED);
    return redactCredentials(text);
  }

  #longestNeedle(): number {
    if (this.#longest === 0) for (const needle of this.#needles) this.#longest = Math.max(this.#longest, needle.length);
    return this.#longest;
  }

  #compile(): RegExp | null {
    if (this.#pattern !== undefined) return this.#pattern;
    // Longest first, so a value is replaced whole before any shorter value inside it.
    const sorted = [...this.#needles].sort((a, b) => b.length - a.length);
    const alternatives = sorted.map((needle) => (needle.length < 4 ? `(?<![A-Za-z0-9])${escapeRegExp(needle)}(?![A-Za-z0-9])` : escapeRegExp(needle)));
    this.#pattern = alternatives.length ? new RegExp(alternatives.join('|'), 'gi') : null;
    return this.#pattern;
  }
}

/** Only the credential patterns: for server text where the call's own values are not known. */
export const CREDENTIALS_ONLY: TextRedactor = { redact: (text) => redactCredentials(text.length > SEARCH_LIMIT ? text.slice(0, SEARCH_LIMIT) : text) };

/** Cheap screen: text without any of these words holds no credential pattern. */
const CREDENTIAL_WORD = /bearer|basic|token|secret|password/i;

function redactCredentials(text: string): string {
  if (!CREDENTIAL_WORD.test(text)) return text;
  return text
    .replace(CREDENTIAL, (match: string, scheme: string, gap: string, value: string) => (looksLikeCredential(value) ? `${scheme}${gap}${REDACTED}` : match))
    .replace(SECRET_FIELD, (_match: string, name: string, separator: string) => `${name}${separator}${REDACTED}`);
}

/** "Basic authentication failed" is prose; `Basic aWQ6c2VjcmV0` is a credential. */
function looksLikeCredential(value: string): boolean {
  return value.length >= 8 && (value.length >= 24 || /[0-9+/=._~%-]/.test(value));
}

/** Server text for an error field: credentials and the call's values replaced, then cut to {@link SERVER_TEXT_LIMIT}. */
export function cleanServerText(text: string | undefined, redactor: TextRedactor, limit = SERVER_TEXT_LIMIT): string | undefined {
  if (text === undefined) return undefined;
  return truncate(redactor.redact(text), limit);
}

/** The server's request id when it looks like one (≤ 128 of `[A-Za-z0-9._:-]`, or several joined by `, `), with the client's secrets replaced. */
export function cleanRequestId(value: unknown, redactor: TextRedactor): string | undefined {
  if (typeof value !== 'string' || value.length > REQUEST_ID_LIMIT || !REQUEST_ID.test(value)) return undefined;
  return redactor.redact(value);
}

/** Cuts text to at most `limit` characters, the last being `…` when something was cut. Cutting twice changes nothing. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  // Do not split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * The redactor of one failed call: its query values, its form or JSON body values, the
 * credential it sent, and the client's own secrets.
 */
export function callRedactor(sent: SentRequest | undefined, clientSecrets: readonly string[] | undefined): Redactor {
  const values: string[] = [...(clientSecrets ?? [])];
  if (sent) addSentValues(sent, values);
  return new Redactor(values);
}

/** The values a request carried: query, form or JSON body, and its credential. */
export function addSentValues(sent: SentRequest, into: string[]): void {
  const q = sent.path.indexOf('?');
  if (q !== -1) addFormValues(sent.path.slice(q + 1), into);
  const { body } = sent;
  if (typeof body === 'string' && body !== '') {
    const type = sent.headers['content-type'] ?? '';
    if (type.includes('json')) addJsonValues(body, into);
    else addFormValues(body, into);
  }
  addCredentialValues(sent.headers.authorization, into);
}

/** What a call sent, as far as redaction needs it. */
export interface SentRequest {
  readonly path: string;
  readonly body?: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Whether a request id might hold something the request sent: a cheap screen run on every
 * logged response, so the full redactor is built only when it could matter. Any value that
 * fits inside an id (id characters only) appears in the query, form or JSON body text as one
 * run of id characters; the screen looks for such runs inside the id.
 */
export function mayHoldSentValue(id: string, sent: SentRequest): boolean {
  const lowerId = id.toLowerCase();
  const authorization = sent.headers.authorization;
  if (authorization !== undefined) {
    const credential = authorization.slice(authorization.indexOf(' ') + 1);
    if (credential.length <= id.length && lowerId.includes(credential.toLowerCase())) return true;
  }
  const q = sent.path.indexOf('?');
  if (q !== -1 && hasRunInside(sent.path.slice(q + 1), lowerId)) return true;
  return typeof sent.body === 'string' && hasRunInside(sent.body, lowerId);
}

function hasRunInside(text: string, lowerId: string): boolean {
  // Form encoding turns ':' (an id character) and ',' (a list separator) into escapes: undo just those.
  if (text.includes('%3') || text.includes('%2C') || text.includes('%2c')) text = text.replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isIdChar(lower.charCodeAt(i))) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1 && i - start >= 2 && i - start <= lowerId.length && lowerId.includes(lower.slice(start, i))) return true;
    start = -1;
  }
  return false;
}

function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 95;
}

/** The value of `Authorization: Basic …` for a client, to be redacted wherever it is echoed. */
export function basicCredential(clientId: string, clientSecret: string): string {
  const bytes = new TextEncoder().encode(`${clientId}:${clientSecret}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The credential of an Authorization header: the bearer token, or the Basic value and the secret inside it. */
export function addCredentialValues(authorization: string | undefined, into: string[]): void {
  if (!authorization) return;
  const space = authorization.indexOf(' ');
  if (space === -1) return;
  const value = authorization.slice(space + 1).trim();
  into.push(value);
  if (/^basic$/i.test(authorization.slice(0, space))) {
    try {
      const decoded = new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)));
      into.push(decoded);
      const colon = decoded.indexOf(':');
      if (colon !== -1) into.push(decoded.slice(colon + 1));
    } catch {
      // not base64: the value itself is already listed
    }
  }
}

function addFormValues(encoded: string, into: string[]): void {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(encoded);
  } catch {
    return;
  }
  for (const [name, value] of params) {
    if (PLUMBING_PARAMS.has(name)) continue;
    addValue(value, into);
  }
}

/** A value, plus the parts a server might echo alone: list items (`1,2,3`) and the strings inside a JSON field. */
function addValue(value: string, into: string[]): void {
  into.push(value);
  if (value.includes(',') && !value.startsWith('{') && !value.startsWith('[')) {
    for (const part of value.split(',')) into.push(part.trim());
  }
  const first = value.trimStart()[0];
  if (first === '{' || first === '[') addJsonValues(value, into);
}

function addJsonValues(text: string, into: string[]): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return;
  }
  const pending: unknown[] = [parsed];
  while (pending.length) {
    const current = pending.pop();
    if (typeof current === 'string') into.push(current);
    else if (typeof current === 'number') into.push(String(current));
    else if (Array.isArray(current)) pending.push(...(current as unknown[]));
    else if (current !== null && typeof current === 'object') {
      for (const [key, value] of Object.entries(current)) if (key !== 'resourceType') pending.push(value);
    }
  }
}

function safeEncode(value: string): string | undefined {
  try {
    const encoded = encodeURIComponent(value);
    return encoded === value ? undefined : encoded;
  } catch {
    return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A logger that replaces the client's secrets in every line it passes on. The SDK's lines
 * never hold them; this catches server text that does (a request id echoing the secret).
 * The check is one `includes` per secret on lines that are actually written. `secrets` is
 * read live: values that join it later (from a credential provider) are redacted too.
 */
export function redactingLogger(logger: Logger, secrets: readonly string[]): Logger {
  let seen: string[] = [];
  let lowered: string[] = [];
  let redactor: Redactor | undefined;
  const refresh = () => {
    if (seen.length === secrets.length && seen.every((value, i) => value === secrets[i])) return;
    seen = [...secrets];
    const needles = seen.filter((secret) => secret.length >= 2);
    lowered = needles.map((needle) => needle.toLowerCase());
    redactor = new Redactor(needles);
  };
  const clean = (line: string): string => {
    refresh();
    const lower = line.toLowerCase();
    if (!lowered.some((needle) => lower.includes(needle))) return line;
    return (redactor as Redactor).redact(line);
  };
  return {
    error: (line) => logger.error(clean(line)),
    warn: (line) => logger.warn(clean(line)),
    info: (line) => logger.info(clean(line)),
    debug: (line) => logger.debug(clean(line)),
  };
}
