/**
 * The changed-data feeds: `/{feed}/changed` and its subscription endpoints, for every
 * feed of the operation table. Without a subscription athena answers 403.
 */
import { allOperations, parseAthenaDateTime } from '../../internal.js';
import { FEED_EVENTS } from '../data/feeds.js';
import { invalidData } from '../athena-errors.js';
import { fail, isTrue, ok, type Handler, type HandlerTable, type RouteContext } from './context.js';
import { pageOf, readPaging } from './paging.js';

export const SUBSCRIPTION_REQUIRED = { error: 'Changed messages require setup (subscription) that has not been done.' };
/** athena's default page for changed feeds. */
const DEFAULT_LIMIT = 1000;

function handlersFor(feed: string): Record<string, Handler> {
  const events = FEED_EVENTS[feed] ?? [];
  const checkEvent = (ctx: RouteContext) => {
    const name = ctx.params.eventname;
    return name !== undefined && name !== '' && !events.includes(name) ? fail(400, invalidData(`Unknown event ${name}.`)) : undefined;
  };
  return {
    [`GET /${feed}/changed`]: (ctx) => {
      if (!ctx.data.feeds.isSubscribed(feed)) return fail(403, SUBSCRIPTION_REQUIRED);
      const start = ctx.params.showprocessedstartdatetime;
      const end = ctx.params.showprocessedenddatetime;
      let changes;
      if (start !== undefined || end !== undefined) {
        const from = start === undefined ? 0 : parseAthenaDateTime(start)?.getTime();
        const to = end === undefined ? Date.now() : (parseAthenaDateTime(end)?.getTime() ?? Number.NaN) + 999;
        if (from === undefined || Number.isNaN(to)) return fail(400, invalidData('Dates must be mm/dd/yyyy hh24:mi:ss.'));
        changes = ctx.data.feeds.processedBetween(feed, from, to);
      } else {
        changes = ctx.data.feeds.takeUnprocessed(feed, Date.now(), isTrue(ctx.params.leaveunprocessed));
      }
      const department = ctx.params.departmentid;
      const records = changes
        .filter((c) => department === undefined || c.record.departmentid === undefined || c.record.departmentid === department)
        .map((c) => ({ ...c.record, eventname: c.eventname }));
      return pageOf(ctx, records, readPaging(ctx, DEFAULT_LIMIT));
    },
    [`GET /${feed}/changed/subscription`]: (ctx) => {
      const subscription = ctx.data.feeds.subscriptions.get(feed);
      if (subscription === undefined) return ok({ status: 'INACTIVE', subscriptions: [] });
      const names = subscription === 'all' ? events : [...subscription];
      return ok({ status: subscription === 'all' ? 'ACTIVE' : 'PARTIAL', subscriptions: names.map((eventname) => ({ eventname })) });
    },
    [`POST /${feed}/changed/subscription`]: (ctx) => {
      const invalid = checkEvent(ctx);
      if (invalid) return invalid;
      ctx.data.feeds.subscribe(feed, ctx.params.eventname || undefined);
      return ok({ success: true });
    },
    [`DELETE /${feed}/changed/subscription`]: (ctx) => {
      const invalid = checkEvent(ctx);
      if (invalid) return invalid;
      ctx.data.feeds.unsubscribe(feed, ctx.params.eventname || undefined);
      return ok({ success: true });
    },
    [`GET /${feed}/changed/subscription/events`]: () => ok({ subscriptions: events.map((eventname) => ({ eventname })) }),
  };
}

/** Keyed by operation id, found in the table by method and path. */
export const changeHandlers: HandlerTable = (() => {
  const byRoute: Record<string, Handler> = {};
  for (const feed of Object.keys(FEED_EVENTS)) Object.assign(byRoute, handlersFor(feed));
  const out: Record<string, Handler> = {};
  for (const op of allOperations) {
    const handler = byRoute[`${op.method} ${op.path}`];
    if (handler) out[op.id] = handler;
  }
  return out;
})();
