/**
 * Builds the HTTP request for one operation: validates the caller's parameters
 * against the operation table row, then encodes path, query and form body.
 * Nothing here touches the network, so every refusal happens before a request exists.
 */
import { encodePathSegment, encodeValue, formEncode } from './encode.js';
import { InvalidRequestError } from '../base/errors.js';
import type { StreamBody } from '../base/http.js';
import { findMissingParams, pathParamNames, type OperationSpec, type ParamSpec } from './operation.js';
import type { RequestOptions } from './request-options.js';

/** Every key of {@link RequestOptions}: in a params object they are options passed in the wrong place. */
export const REQUEST_OPTION_NAMES = ['signal', 'timeoutMs', 'totalTimeoutMs', 'maxRetries', 'retryWrites', 'maxResponseBytes', 'prefetchPages'] as const satisfies readonly (keyof RequestOptions)[];
// Fails to compile when RequestOptions gains a key the list above lacks.
const everyOptionListed: [Exclude<keyof RequestOptions, (typeof REQUEST_OPTION_NAMES)[number]>] extends [never] ? true : never = true;
void everyOptionListed;
const OPTION_NAMES: ReadonlySet<string> = new Set(REQUEST_OPTION_NAMES);

/** Called once per undeclared parameter name a call passes through (for a debug line). */
export type UndeclaredParamHook = (op: OperationSpec, name: string) => void;

export interface BuiltRequest {
  method: OperationSpec['method'];
  /** Path and query, e.g. `/v1/195900/patients?lastname=Smith`. */
  path: string;
  /** Form-encoded body for POST and PUT; a streamed one for file uploads. */
  body: string | StreamBody | undefined;
  /** `METHOD /path/{template}`: names the operation in logs and errors without ids or values. */
  operation: string;
}

/** What every call of an operation needs from its table row, worked out on its first call. */
interface CompiledOperation {
  index: Map<string, ParamSpec>;
  /** Declared names by their lower-case form, to catch `lastName` for `lastname`. */
  byLowerCase: Map<string, string>;
  /** The path template split at its placeholders: literal, name, literal, name, ..., literal. */
  pathParts: string[];
  defaultLocation: 'body' | 'query';
  /** `METHOD /template`, the operation's name in logs and errors. */
  operation: string;
}

const compiled = new WeakMap<OperationSpec, CompiledOperation>();

function compile(op: OperationSpec): CompiledOperation {
  let entry = compiled.get(op);
  if (!entry) {
    entry = {
      index: new Map(op.params.map((p) => [p.name, p])),
      byLowerCase: new Map(op.params.map((p) => [p.name.toLowerCase(), p.name])),
      // split() with a capturing group keeps the names at the odd positions.
      pathParts: op.path.split(/\{([^}]+)\}/),
      defaultLocation: op.method === 'POST' || op.method === 'PUT' ? 'body' : 'query',
      operation: `${op.method} ${op.path}`,
    };
    compiled.set(op, entry);
  }
  return entry;
}

/**
 * @param params caller values by athena parameter name; `undefined` and `null` are skipped.
 *   Only own properties are read: a polluted Object.prototype adds no parameter.
 *   Names the table does not declare are passed through (athena adds parameters over time):
 *   in the query for GET and DELETE, in the body for POST and PUT. Request options
 *   (`timeoutMs`, …) and case-only misspellings of a declared name are refused.
 * @param practicePrefix `/v1/{practiceid}` of the client (core/practice-path.ts).
 * @param onUndeclared told of each undeclared name that is passed through.
 */
export function buildOperationRequest(
  op: OperationSpec,
  params: Record<string, unknown>,
  practicePrefix: string,
  onUndeclared?: UndeclaredParamHook,
): BuiltRequest {
  const where = op.id;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new InvalidRequestError(`${where}: parameters must be an object.`);
  }
  const compiledOp = compile(op);
  const { missing, unmetGroups } = findMissingParams(op, params);
  if (missing.length || unmetGroups.length) {
    // A "missing" parameter may have been given in the wrong case (`lastName`): say that instead.
    for (const name of Object.keys(params)) if (!compiledOp.index.has(name)) checkUndeclared(op, compiledOp, name, undefined);
  }
  if (missing.length) {
    throw new InvalidRequestError(`${where}: missing required parameter${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')}.`);
  }
  if (unmetGroups.length) {
    const group = unmetGroups[0] as readonly string[];
    throw new InvalidRequestError(`${where}: at least one of ${group.map((m) => `'${m}'`).join(', ')} is required.`);
  }

  const { index, pathParts, defaultLocation, operation } = compiledOp;
  let pathValues: Record<string, string> | undefined;
  const query: [string, string][] = [];
  const body: [string, string][] = [];

  for (const name of Object.keys(params)) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    const spec = index.get(name);
    if (spec === undefined) checkUndeclared(op, compiledOp, name, onUndeclared);
    if (spec?.in === 'path') {
      (pathValues ??= {})[name] = encodePathSegment(name, value, where);
      continue;
    }
    const encoded = encodeValue(name, value, spec?.type, where);
    if (spec?.maxLength !== undefined && encoded.length > spec.maxLength) {
      throw new InvalidRequestError(`${where}: '${name}' is longer than athena's limit of ${spec.maxLength} characters.`);
    }
    if (spec?.enum && !spec.enum.includes(encoded)) {
      throw new InvalidRequestError(`${where}: '${name}' must be one of ${spec.enum.map((e) => `'${e}'`).join(', ')}.`);
    }
    ((spec?.in ?? defaultLocation) === 'body' ? body : query).push([name, encoded]);
  }

  let path = pathParts[0] as string;
  for (let i = 1; i < pathParts.length; i += 2) {
    const value = pathValues?.[pathParts[i] as string];
    // A path parameter declared in the template but absent from the table's params.
    if (value === undefined) throw new InvalidRequestError(`${where}: missing path parameter in ${op.path}.`);
    path += value + (pathParts[i + 1] as string);
  }

  const prefix = op.practiceScoped === false ? '/v1' : practicePrefix;
  const queryString = formEncode(query);
  return {
    method: op.method,
    path: `${prefix}${path}${queryString ? `?${queryString}` : ''}`,
    body: defaultLocation === 'body' || body.length ? formEncode(body) : undefined,
    operation,
  };
}

/** An undeclared name: refused when it is a request option or a case-only misspelling, else passed through. */
function checkUndeclared(op: OperationSpec, compiledOp: CompiledOperation, name: string, onUndeclared: UndeclaredParamHook | undefined): void {
  const where = op.id;
  if (OPTION_NAMES.has(name)) {
    const method = where.slice(where.lastIndexOf('.') + 1);
    const args = [...pathParamNames(op.path), 'params', `{ ${name} }`].join(', ');
    throw new InvalidRequestError(`${where}: '${name}' is a request option, not an athena parameter; pass it as the last argument: ${method}(${args}).`);
  }
  const declared = compiledOp.byLowerCase.get(name.toLowerCase());
  if (declared !== undefined) throw new InvalidRequestError(`${where}: unknown parameter '${name}'; did you mean '${declared}'?`);
  onUndeclared?.(op, name);
}

/**
 * Refuses request options in the params of a call that declares no parameters of its own
 * (`athena.request`, FHIR searches): athena and FHIR never use these camelCase names.
 * @param usage how the call should look, e.g. `request(method, path, params, { timeoutMs })`.
 */
export function refuseRequestOptionNames(params: object, where: string, usage: (name: string) => string): void {
  for (const name of REQUEST_OPTION_NAMES) {
    if (Object.hasOwn(params, name)) {
      throw new InvalidRequestError(`${where}: '${name}' is a request option, not a parameter; pass it as the last argument: ${usage(name)}.`);
    }
  }
}
