import type { OutgoingHttpHeaders } from 'node:http';
import { findMissingParams } from '../internal.js';
import {
  developerInactive,
  invalidPractice,
  missingFields,
  notAuthorizedHtml,
  notFound,
  quotaExceeded,
  tooManyRequests,
} from './athena-errors.js';
import { isTransportFault, runTransportFault } from './faults.js';
import { decodeMultipart, isFormBody, isMultipartBody, JSON_TYPE } from './http.js';
import { decodeParams, mergeLowerCase } from './params.js';
import { fallbackHandler } from './routes/fallback.js';
import { ReplyError, type Handler, type Reply, type RouteContext } from './routes/context.js';
import { respond, type Exchange, type SimState } from './state.js';
import { overThrottle } from './throttle.js';

/**
 * Answers a request under `/v1/{practiceid}/...`, in the order athena's layers do:
 * network and gateway faults, throttle and quota, bearer token, practice, route,
 * required parameters (from the operation table), then the handler.
 */
export function handleApiRequest(state: SimState, ex: Exchange): void {
  const now = Date.now();
  state.stats.apiRequests++;
  const quota = state.options.dailyQuota;
  const used = state.apiDay.hit(now);
  const headers: OutgoingHttpHeaders = { 'x-request-id': state.nextRequestId() };
  if (Number.isFinite(quota)) {
    headers['x-ratelimit-limit'] = quota;
    headers['x-ratelimit-remaining'] = Math.max(0, quota - used);
  }
  const run = () => {
    try {
      answer(state, ex, headers, now, used > quota);
    } catch {
      // A simulator bug must not take the test process down with an uncaught exception.
      ex.res.destroy();
    }
  };
  const { latencyMs } = state.throttle;
  if (latencyMs > 0) setTimeout(run, latencyMs).unref();
  else run();
}

function answer(state: SimState, ex: Exchange, headers: OutgoingHttpHeaders, now: number, overQuota: boolean): void {
  const { method, path } = ex;
  const json = (status: number, payload: unknown, prefix = '') =>
    respond(state, ex, status, JSON_TYPE, prefix + JSON.stringify(payload), headers);

  // '/v1/'.length === 4: split '/v1/195900/patients/1' into '195900' and '/patients/1'.
  const slash = path.indexOf('/', 4);
  const practiceId = slash < 0 ? path.slice(4) : path.slice(4, slash);
  const subpath = slash < 0 ? '' : path.slice(slash);

  const fault = state.faults.take('api', method, subpath, isTransportFault);
  if (fault !== undefined) {
    const faulted = runTransportFault(fault, ex.res, headers);
    if (faulted !== undefined) respond(state, ex, faulted.status, faulted.contentType, faulted.text, faulted.headers);
    return;
  }

  if (overThrottle(state.throttle, state.apiSecond, now)) {
    state.stats.throttled++;
    headers['retry-after'] = '1';
    return json(429, tooManyRequests);
  }
  if (overQuota) {
    state.stats.throttled++;
    return json(429, quotaExceeded);
  }

  // The gateway refuses bad tokens before athenaNet sees them, hence no JSON.
  const authorization = ex.req.headers.authorization;
  if (authorization === undefined || authorization === '') {
    return respond(state, ex, 401, 'text/plain', developerInactive, headers);
  }
  if (!/^bearer /i.test(authorization) || !state.tokens.isValid(authorization.slice(7).trim(), now)) {
    return respond(state, ex, 401, 'text/html', notAuthorizedHtml, headers);
  }

  // Practice 1 is athena's way to list the practices the credentials reach.
  const home = state.options.practiceId;
  if (practiceId !== home && !(practiceId === '1' && subpath === '/practiceinfo')) return json(404, invalidPractice);

  const match = state.router.match(method, subpath);
  if (match === undefined) return json(404, notFound(method, subpath));
  const { op } = match;
  if (ex.entry !== undefined) ex.entry.operationId = op.id;
  state.stats.byOperation[op.id] = (state.stats.byOperation[op.id] ?? 0) + 1;

  // Query first, then a form body (any method: athena takes PUT params from either), then the path.
  const params = mergeLowerCase(ex.query, {});
  if (ex.body !== '' && isFormBody(ex.req)) decodeParams(ex.body, params, true);
  else if (ex.body !== '' && isMultipartBody(ex.req)) decodeMultipart(ex.req, ex.body, params);
  Object.assign(params, match.pathParams);

  const { missing, unmetGroups } = findMissingParams(op, params);
  if (missing.length > 0 || unmetGroups.length > 0) {
    // athena lists every name of an unmet "one of" group as missing.
    return json(400, missingFields([...missing, ...unmetGroups.flat()]));
  }

  if (method !== 'GET') {
    const soft = state.faults.take('api', method, subpath, (kind) => kind === 'softFail');
    if (soft !== undefined) {
      return json(200, { success: 'false', errormessage: soft.errormessage ?? 'The request could not be completed.' });
    }
  }

  if (method !== 'GET') countAppliedWrite(state, ex);
  // Operations without a dedicated handler answer athena's shape for their declared response.
  const handler = state.handlers[op.id] ?? fallbackHandler;
  const reply = runHandler(handler, { op, params, path: subpath, practiceId: home, data: state.data, accept: ex.req.headers.accept ?? '' });
  if (reply.content !== undefined) return respond(state, ex, reply.status, reply.content.type, reply.content.data, headers);
  json(reply.status, reply.body, reply.prefix);
}

/** Notes a write reaching its handler; one whose call id was applied before counts in `stats.repeatedWrites`. */
function countAppliedWrite(state: SimState, ex: Exchange): void {
  const id = ex.req.headers['x-request-id'];
  if (typeof id !== 'string' || id === '') return;
  if (state.appliedWrites.has(id)) state.stats.repeatedWrites++;
  else state.appliedWrites.add(id);
}

function runHandler(handler: Handler, ctx: RouteContext): Reply {
  try {
    return handler(ctx);
  } catch (error) {
    if (error instanceof ReplyError) return error.reply;
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: { error: 'There was an error processing your request.', detailedmessage: message } };
  }
}
