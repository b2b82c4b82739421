import type { OperationSpec } from '../../internal.js';
import type { SimData } from '../data/index.js';
import type { Params } from '../params.js';

/** What a handler gets: the matched operation and the request's parameters, already checked. */
export interface RouteContext {
  readonly op: OperationSpec;
  /** Query, form body and path parameters, lower-case names. Required ones are present. */
  readonly params: Params;
  /** The path under `/v1/{practiceid}` as requested, e.g. `/patients`. */
  readonly path: string;
  readonly practiceId: string;
  readonly data: SimData;
  /** The request's Accept header ('' when absent): athena answers some reads as HTML or PDF on request. */
  readonly accept: string;
}

export interface Reply {
  status: number;
  /** Serialised as JSON, unless `content` is given. */
  body: unknown;
  /** Sent before the JSON: athena starts some bodies with newlines. */
  prefix?: string;
  /** A non-JSON answer (HTML, PDF) sent as it is, with its content type. */
  content?: { type: string; data: string | Buffer };
}

/** Handles one operation of the table, named by its id, e.g. `patients.getPatient`. */
export type Handler = (ctx: RouteContext) => Reply;
export type HandlerTable = Readonly<Record<string, Handler>>;

/** Thrown by helpers to answer early, e.g. a bad `limit`; the dispatcher sends its reply. */
export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(`simulator reply ${reply.status}`);
  }
}

export function ok(body: unknown): Reply {
  return { status: 200, body };
}

export function fail(status: number, body: unknown): Reply {
  return { status, body };
}

/** athena's booleans arrive as `true`/`false` strings, older parameters as `1`. */
export function isTrue(value: string | undefined): boolean {
  return value === 'true' || value === '1';
}

/** The given parameters the operation declares at `location`, e.g. the demographics of a write. */
export function declaredParams(ctx: RouteContext, location: 'query' | 'body'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of ctx.op.params) {
    const value = ctx.params[spec.name];
    if (spec.in === location && value !== undefined && value.trim() !== '') out[spec.name] = value;
  }
  return out;
}
