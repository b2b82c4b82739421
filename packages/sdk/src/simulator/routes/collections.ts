/**
 * Stateful handlers derived from the operation table, for the areas whose writes must be
 * seen by later reads. A collection is a path `P` with a create (`POST P`); its list is
 * `GET P`, and `GET`/`PUT`/`DELETE P/{id}` read, update and delete one record. Records
 * keep the parameters the create declared and was given, the parent ids of the path and
 * their own id (named by the item placeholder, else by the noun: `labresult` → `labresultid`).
 * Answers take athena's shapes from the table (page envelope under the collection key,
 * `[record]`, `{success:"true", <id>}`); an unknown id is athena's 404, an unknown or
 * deleted patient its "The patient ID does not exist.".
 * Hand-written handlers (routes/*.ts) win over these where athena does more.
 */
import type { OperationSpec } from '../../internal.js';
import type { SimRecord } from '../data/records.js';
import { fail, ok, type Handler, type HandlerTable, type Reply, type RouteContext } from './context.js';
import { idNameOf } from './fallback.js';
import { pageOf, readPaging } from './paging.js';

/** The areas the simulator keeps state for (issue 14): other areas keep the table-driven fallback. */
const STATEFUL = /^(insurance|claims|payments|encounters|documents|customFields)\.|^chart\.\w*Vital/;

/** athena's default page for clinical and document lists. */
const DEFAULT_LIMIT = 1000;

/** File contents are stored elsewhere (or not at all), never echoed back in a list. */
const NOT_KEPT = new Set(['attachmentcontents', 'image', 'limit', 'offset']);

export interface Collection {
  /** The collection's path template, e.g. `/patients/{patientid}/documents/labresult`. */
  readonly path: string;
  /** The id field of its records, e.g. `labresultid`. */
  readonly idName: string;
}

type Role = 'list' | 'create' | 'read' | 'update' | 'delete';

/** The collections of `operations` and the role of each of their operations, by operation id. */
export function deriveCollections(operations: readonly OperationSpec[]): Map<string, { collection: Collection; role: Role }> {
  const byRoute = new Map<string, OperationSpec>();
  for (const op of operations) byRoute.set(`${op.method} ${op.path}`, op);
  const roles = new Map<string, { collection: Collection; role: Role }>();
  for (const create of operations) {
    if (create.method !== 'POST' || create.path.endsWith('}') || !STATEFUL.test(create.id)) continue;
    const path = create.path;
    const items = operations.filter((op) => op.path.startsWith(`${path}/{`) && !op.path.slice(path.length + 1).includes('/'));
    const placeholder = items[0]?.path.slice(path.length + 2, -1);
    const collection: Collection = { path, idName: placeholder ?? idNameOf(lastLiteral(path)) };
    roles.set(create.id, { collection, role: 'create' });
    const list = byRoute.get(`GET ${path}`);
    if (list !== undefined) roles.set(list.id, { collection, role: 'list' });
    for (const item of items) {
      const role: Role | undefined = item.method === 'GET' ? 'read' : item.method === 'PUT' ? 'update' : item.method === 'DELETE' ? 'delete' : undefined;
      if (role !== undefined) roles.set(item.id, { collection, role });
    }
  }
  return roles;
}

/** Handlers for every derived collection operation. */
export function collectionHandlers(operations: readonly OperationSpec[]): HandlerTable {
  const table: Record<string, Handler> = {};
  for (const [id, { collection, role }] of deriveCollections(operations)) table[id] = (ctx) => handle(ctx, collection, role);
  return table;
}

function handle(ctx: RouteContext, collection: Collection, role: Role): Reply {
  const missing = missingParent(ctx);
  if (missing !== undefined) return missing;
  const scope = scopeOf(ctx, collection.path);
  const { records } = ctx.data;
  const id = ctx.params[collection.idName];
  switch (role) {
    case 'create': {
      const newId = records.nextId();
      records.put(scope, newId, { ...givenFields(ctx), ...parentIds(ctx, collection.path), [collection.idName]: newId, createddate: ctx.data.now().slice(0, 10), lastmodified: ctx.data.now() });
      return ok({ success: 'true', [collection.idName]: newId });
    }
    case 'list': {
      const all = records.list(scope);
      if (ctx.op.response.kind === 'page') return pageOf(ctx, all, readPaging(ctx, DEFAULT_LIMIT));
      return ok(all);
    }
    case 'read': {
      const record = records.get(scope, id as string);
      if (record === undefined) return unknownRecord(collection, id as string);
      return ok(recordAnswer(ctx, record));
    }
    case 'update': {
      const record = records.get(scope, id as string);
      if (record === undefined) return unknownRecord(collection, id as string);
      records.put(scope, id as string, { ...record, ...givenFields(ctx), lastmodified: ctx.data.now() });
      return ok({ success: 'true' });
    }
    case 'delete':
      return records.delete(scope, id as string) ? ok({ success: 'true' }) : unknownRecord(collection, id as string);
  }
}

/** The one record as the operation's declared response wraps it. */
export function recordAnswer(ctx: RouteContext, record: SimRecord): unknown {
  const response = ctx.op.response;
  if (response.kind === 'record') return response.collectionKey ? { [response.collectionKey]: [record], totalcount: 1 } : [record];
  return record;
}

/** athena's 404 for an id it does not know. */
export function unknownRecord(collection: Collection, id: string): Reply {
  return fail(404, { error: 'The requested resource does not exist.', detailedmessage: `No record with ${collection.idName} ${id}.` });
}

/** A patient in the path must exist (deleted ones do not). */
export function missingParent(ctx: RouteContext): Reply | undefined {
  const patientid = ctx.op.path.includes('{patientid}') ? ctx.params.patientid : undefined;
  if (patientid === undefined) return undefined;
  const patient = ctx.data.patients.get(patientid);
  return patient === undefined || patient.status === 'd' ? fail(404, { error: 'The patient ID does not exist.' }) : undefined;
}

/** The collection's path with the request's ids: each patient's records apart. */
export function scopeOf(ctx: RouteContext, template: string): string {
  return template.replace(/\{([a-z0-9_]+)\}/gi, (_, name: string) => encodeURIComponent(ctx.params[name] ?? ''));
}

function parentIds(ctx: RouteContext, template: string): SimRecord {
  const out: SimRecord = {};
  for (const [, name] of template.matchAll(/\{([a-z0-9_]+)\}/gi)) out[name as string] = ctx.params[name as string];
  return out;
}

/** The declared, non-path parameters given, JSON ones decoded. */
export function givenFields(ctx: RouteContext): SimRecord {
  const out: SimRecord = {};
  for (const spec of ctx.op.params) {
    const value = ctx.params[spec.name];
    if (spec.in === 'path' || value === undefined || value === '' || NOT_KEPT.has(spec.name)) continue;
    out[spec.name] = spec.type === 'json' ? parseJsonOr(value) : value;
  }
  return out;
}

function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function lastLiteral(path: string): string {
  const literals = path.split('/').filter((s) => s !== '' && !s.startsWith('{'));
  return literals[literals.length - 1] ?? 'record';
}
