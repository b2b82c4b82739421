/**
 * Where a bulk export URL may be fetched, and with which credentials. The token goes only to
 * the FHIR server's own origin, and only when the manifest says files need it; every other
 * host (a storage host behind signed URLs) never sees it. Plain http is refused except on
 * loopback (tests, the simulator). The path and query are kept exactly as given: a signed
 * URL breaks if anything in it changes.
 */
import { parseOrigin, type Origin } from '../../base/http.js';
import { BulkExportError } from './errors.js';

export interface Target {
  origin: Origin;
  /** Path and query, as in the URL. */
  path: string;
  /** Whether the bearer token goes with it. */
  authenticate: boolean;
}

/** Parses an absolute URL (or one relative to `base`) and refuses what is neither https nor loopback. */
export function parseTarget(url: string, base: string, what: string): { origin: Origin; path: string } {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    throw new BulkExportError('bad-answer', `fhir.bulkExport: the ${what} URL is not a valid URL.`);
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopback(parsed.hostname))) {
    throw new BulkExportError('unsafe-url', `fhir.bulkExport: refusing the ${what} URL: only https is accepted (plain http on loopback only).`);
  }
  if (parsed.username !== '' || parsed.password !== '') throw new BulkExportError('unsafe-url', `fhir.bulkExport: refusing the ${what} URL: it carries credentials.`);
  return { origin: parseOrigin(parsed), path: rawPathOf(url, parsed) };
}

/**
 * An output file's first request. With `requiresAccessToken` the file must be on the FHIR
 * server's origin (the token goes nowhere else); without it the token is never sent.
 */
export function outputTarget(url: string, fhirOrigin: Origin, fhirBase: string, requiresAccessToken: boolean): Target {
  const { origin, path } = parseTarget(url, fhirBase, 'output file');
  const same = origin.href === fhirOrigin.href;
  if (requiresAccessToken && !same) {
    throw new BulkExportError('unsafe-url', 'fhir.bulkExport: the manifest requires the access token for a file on another origin; the token is sent only to the FHIR server.');
  }
  return { origin, path, authenticate: requiresAccessToken };
}

/** A redirect of a download: followed, but the token goes only to the origin it was first sent to. */
export function redirectTarget(location: string, from: Target): Target {
  const { origin, path } = parseTarget(location, `${from.origin.href}${from.path}`, 'redirect');
  return { origin, path, authenticate: from.authenticate && origin.href === from.origin.href };
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** The URL's path and query as written (no fragment); the parsed form only when written relative or oddly. */
function rawPathOf(raw: string, parsed: URL): string {
  const parsedPath = `${parsed.pathname}${parsed.search}`;
  const scheme = /^https?:\/\/[^/?#]*/i.exec(raw);
  if (scheme === null) return parsedPath;
  let rest = raw.slice(scheme[0].length);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  if (rest === '' || rest.startsWith('?')) rest = `/${rest}`;
  // Characters Node refuses in a request path (spaces, controls): the parsed, encoded form.
  return /^[\x21-\x7e]+$/.test(rest) ? rest : parsedPath;
}
