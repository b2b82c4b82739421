/**
 * Builds the HTTP request for one operation: validates the caller's parameters
 * against the operation table row, then encodes path, query and form body.
 * Nothing here touches the network, so every refusal happens before a request exists.
 */
import { encodePathSegment, encodeValue, formEncode } from './encode.js';
import { InvalidRequestError } from './errors.js';
import type { StreamBody } from '../transport/types.js';
import { findMissingParams, type OperationSpec, type ParamSpec } from './operation.js';

export interface BuiltRequest {
  method: OperationSpec['method'];
  /** Path and query, e.g. `/v1/195900/patients?lastname=Smith`. */
  path: string;
  /** Form-encoded body for POST and PUT; a streamed one for file uploads. */
  body: string | StreamBody | undefined;
  /** `METHOD /path/{template}`: names the operation in logs and errors without ids or values. */
  operation: string;
}

const paramIndexCache = new WeakMap<OperationSpec, Map<string, ParamSpec>>();

function paramIndex(op: OperationSpec): Map<string, ParamSpec> {
  let index = paramIndexCache.get(op);
  if (!index) {
    index = new Map(op.params.map((p) => [p.name, p]));
    paramIndexCache.set(op, index);
  }
  return index;
}

/**
 * @param params caller values by athena parameter name; `undefined` and `null` are skipped.
 *   Names the table does not declare are passed through (athena adds parameters over time):
 *   in the query for GET and DELETE, in the body for POST and PUT.
 */
export function buildOperationRequest(
  op: OperationSpec,
  params: Record<string, unknown>,
  practiceId: string,
): BuiltRequest {
  const where = op.id;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new InvalidRequestError(`${where}: parameters must be an object.`);
  }
  const { missing, unmetGroups } = findMissingParams(op, params);
  if (missing.length) {
    throw new InvalidRequestError(`${where}: missing required parameter${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')}.`);
  }
  if (unmetGroups.length) {
    const group = unmetGroups[0] as readonly string[];
    throw new InvalidRequestError(`${where}: at least one of ${group.map((m) => `'${m}'`).join(', ')} is required.`);
  }

  const index = paramIndex(op);
  const defaultLocation = op.method === 'POST' || op.method === 'PUT' ? 'body' : 'query';
  let path = op.path;
  const query: [string, string][] = [];
  const body: [string, string][] = [];

  for (const name in params) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    const spec = index.get(name);
    if (spec?.in === 'path') {
      path = path.replace(`{${name}}`, encodePathSegment(name, value, where));
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
  if (path.includes('{')) {
    // A path parameter declared in the template but absent from the table's params.
    throw new InvalidRequestError(`${where}: missing path parameter in ${op.path}.`);
  }

  const prefix = op.practiceScoped === false ? '/v1' : `/v1/${encodePathSegment('practiceid', practiceId, where)}`;
  const queryString = formEncode(query);
  return {
    method: op.method,
    path: `${prefix}${path}${queryString ? `?${queryString}` : ''}`,
    body: defaultLocation === 'body' || body.length ? formEncode(body) : undefined,
    operation: `${op.method} ${op.path}`,
  };
}
