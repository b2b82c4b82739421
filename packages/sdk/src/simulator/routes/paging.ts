import { invalidData } from '../athena-errors.js';
import { ReplyError, type Reply, type RouteContext } from './context.js';

/** athena caps every page at 5000 records whatever `limit` asks. */
const MAX_LIMIT = 5000;

export interface Paging {
  limit: number;
  offset: number;
}

/** Reads `limit`/`offset` with the endpoint's default limit (athena's differ per endpoint). */
export function readPaging(ctx: RouteContext, defaultLimit: number): Paging {
  const limit = readInteger(ctx.params.limit, defaultLimit);
  const offset = readInteger(ctx.params.offset, 0);
  if (limit < 1) throw new ReplyError({ status: 400, body: invalidData('The limit must be at least 1.') });
  return { limit: Math.min(limit, MAX_LIMIT), offset };
}

function readInteger(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  if (!/^\s*\d+\s*$/.test(value)) {
    throw new ReplyError({ status: 400, body: invalidData(`Expecting type integer, but value is ${value}`) });
  }
  return Number(value);
}

/**
 * The paged envelope `{<collectionkey>: [...], totalcount, next?, previous?}`. Like athena,
 * `next`/`previous` are host-less paths that include `/v1/{practiceid}`, repeat the search
 * with upper-cased names, and `next` is absent on the last page.
 */
export function pageReply(ctx: RouteContext, items: readonly unknown[], total: number, paging: Paging): Reply {
  const response = ctx.op.response;
  // The table names the collection key; a paged handler on another shape is a simulator bug.
  if (response.kind !== 'page') throw new Error(`${ctx.op.id} is not declared as a page`);
  const body: Record<string, unknown> = { [response.collectionKey]: items, totalcount: total };
  const { limit, offset } = paging;
  if (offset + limit < total) body.next = link(ctx, limit, offset + limit);
  if (offset > 0) body.previous = link(ctx, limit, Math.max(0, offset - limit));
  return { status: 200, body };
}

function link(ctx: RouteContext, limit: number, offset: number): string {
  let query = '';
  for (const name in ctx.params) {
    if (name === 'limit' || name === 'offset' || isPathParam(ctx, name)) continue;
    query += `${name.toUpperCase()}=${encodeURIComponent(ctx.params[name] as string)}&`;
  }
  return `/v1/${ctx.practiceId}${ctx.path}?${query}limit=${limit}&offset=${offset}`;
}

function isPathParam(ctx: RouteContext, name: string): boolean {
  return ctx.op.params.some((p) => p.in === 'path' && p.name === name);
}

/** Slices an in-memory list into a page. */
export function pageOf<T>(ctx: RouteContext, all: readonly T[], paging: Paging): Reply {
  return pageReply(ctx, all.slice(paging.offset, paging.offset + paging.limit), all.length, paging);
}
