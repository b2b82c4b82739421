/**
 * The operation table: every athena endpoint the SDK knows is one {@link OperationSpec}
 * row, generated from spec/<area>.json into src/api/<area>.ts. Request validation and the
 * simulator's routes and required-parameter checks read these rows. They carry no prose:
 * summaries and parameter descriptions live in spec/ and reach users through the JSDoc
 * and docs/api.md, so they do not ship in the bundle.
 */

import type { HttpMethod } from '../base/http.js';

export type { HttpMethod };

/**
 * How a parameter value is encoded on the wire.
 * - `string`, `number`: sent as text.
 * - `boolean`: accepted as boolean, sent as `"true"`/`"false"`.
 * - `date`: accepted as `Date` or `YYYY-MM-DD`, sent as athena's `mm/dd/yyyy`.
 * - `list`: accepted as an array, sent comma-separated (athena's convention for id lists).
 * - `json`: structured value sent as a JSON string in one field (athena's `customfields`, `vitals`, ...).
 */
export type ParamType = 'string' | 'number' | 'boolean' | 'date' | 'list' | 'json';

/** Where a parameter goes: the URL path, the query string, or the form-encoded body. */
export type ParamLocation = 'path' | 'query' | 'body';

export interface ParamSpec {
  readonly name: string;
  readonly in: ParamLocation;
  readonly type?: ParamType;
  readonly required?: boolean;
  /** athena's documented field limit; longer values are refused before the call. */
  readonly maxLength?: number;
  /** Allowed values, when athena documents an enumeration. */
  readonly enum?: readonly string[];
  /** Free text for rows a user declares; the SDK's own rows leave it out (it lives in spec/). */
  readonly description?: string;
}

/**
 * What athena answers and what the caller gets back.
 * - `record`: one record. athena often wraps it in a one-element array, or in an
 *   envelope under `collectionKey`; the caller gets the record itself.
 * - `page`: a paged envelope `{ [collectionKey]: [...], totalcount, next }`.
 * - `array`: a bare array.
 * - `write`: a write result. athena signals some failures with HTTP 200 and
 *   `success: "false"` or a non-empty `errormessage`; those become an `ApiError`.
 * - `raw`: the decoded body as it is.
 * - `text`: a document athena sends as text when asked with `accept` (HTML): the caller gets the string.
 * - `binary`: a file athena sends as bytes when asked with `accept` (PDF, images): the caller gets a `Uint8Array`.
 */
export type ResponseShape =
  | { readonly kind: 'record'; readonly collectionKey?: string }
  | { readonly kind: 'page'; readonly collectionKey: string }
  | { readonly kind: 'array' }
  | { readonly kind: 'write' }
  | { readonly kind: 'raw' }
  | { readonly kind: 'text'; readonly accept: string }
  | { readonly kind: 'binary'; readonly accept: string };

export interface OperationSpec {
  /** `<resource>.<method>`, e.g. `patients.getPatient`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path under `/v1/{practiceid}`, with `{name}` placeholders for path parameters. */
  readonly path: string;
  /** Free text for rows a user declares; the SDK's own rows leave it out (it lives in spec/). */
  readonly summary?: string;
  readonly params: readonly ParamSpec[];
  /** Groups of parameter names of which at least one per group must be given. */
  readonly atLeastOneOf?: readonly (readonly string[])[];
  readonly response: ResponseShape;
  /**
   * `false` for calls outside a practice (none yet); default `true`:
   * the path is prefixed with `/v1/{practiceid}`.
   */
  readonly practiceScoped?: boolean;
}

/** Declares a table of operations keyed by method name, keeping literal types. */
export function defineOperations<const T extends Record<string, OperationSpec>>(table: T): T {
  return table;
}

/** Names of the `{placeholders}` in a path template, in order. */
export function pathParamNames(path: string): string[] {
  return Array.from(path.matchAll(/\{([a-z0-9_]+)\}/gi), (m) => m[1] as string);
}

/** Whether a parameter value counts as given (athena treats empty strings as absent). */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

const NO_GROUPS: readonly (readonly string[])[] = [];

/**
 * The required parameters of an operation that are missing from `params`,
 * and the `atLeastOneOf` groups none of whose members is present. Shared by the
 * SDK's pre-flight validation and the simulator's 400 "Additional fields are required."
 */
export function findMissingParams(
  op: OperationSpec,
  params: Record<string, unknown>,
): { missing: string[]; unmetGroups: (readonly string[])[] } {
  // Plain loops: this runs before every call, and usually finds nothing.
  const missing: string[] = [];
  for (const p of op.params) if (p.required && !isPresent(params[p.name])) missing.push(p.name);
  const unmetGroups: (readonly string[])[] = [];
  for (const group of op.atLeastOneOf ?? NO_GROUPS) if (!group.some((name) => isPresent(params[name]))) unmetGroups.push(group);
  return { missing, unmetGroups };
}
