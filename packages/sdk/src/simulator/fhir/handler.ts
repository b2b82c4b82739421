/**
 * Answers requests under `/fhir/r4`, in the order athena's layers do: network and gateway
 * faults, throttle and quota, the anonymous `/metadata`, bearer token, `ah-practice`,
 * route, the token's read scope for the type, required search combinations (from the
 * SDK's table), then the resource rows.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { meetsSearchRequirements, searchCombinations, toFhirPracticeId } from '../../internal.js';
import { developerInactive, notAuthorizedHtml, quotaExceeded, tooManyRequests } from '../athena-errors.js';
import { isTransportFault, runTransportFault } from '../faults.js';
import { parseJson } from '../http.js';
import { decodeParams } from '../params.js';
import { respond, type Exchange, type SimState } from '../state.js';
import { overThrottle } from '../throttle.js';
import { capabilityStatement } from './capability.js';
import { handleExportKickOff, isExportKickOff } from './bulk-export.js';
import { OPERATION_HANDLERS } from './operations.js';
import { methodNotAllowed, missingCombination, missingPractice, notFound, otherPractice, invalid, unsupported, type Outcome } from './outcome.js';
import { patientIdFromReference } from './references.js';
import { fhirTypeRow, type FhirContext } from './resource-types.js';
import { grantsRead, missingScope } from './scopes.js';
import { runSearch } from './search.js';

export const FHIR_BASE = '/fhir/r4';
const FHIR_JSON = 'application/fhir+json;charset=utf-8';

export function isFhirPath(path: string): boolean {
  return path === FHIR_BASE || path.startsWith(`${FHIR_BASE}/`);
}

export function handleFhirRequest(state: SimState, ex: Exchange): void {
  const now = Date.now();
  state.stats.fhirRequests++;
  const used = state.apiDay.hit(now);
  const quota = state.options.dailyQuota;
  const headers: OutgoingHttpHeaders = { 'x-request-id': state.nextRequestId() };
  if (Number.isFinite(quota)) {
    headers['x-ratelimit-limit'] = quota;
    headers['x-ratelimit-remaining'] = Math.max(0, quota - used);
  }
  const go = () => {
    try {
      answer(state, ex, headers, now, used > quota);
    } catch {
      // A simulator bug must not take the test process down with an uncaught exception.
      ex.res.destroy();
    }
  };
  const { latencyMs } = state.throttle;
  if (latencyMs > 0) setTimeout(go, latencyMs).unref();
  else go();
}

function answer(state: SimState, ex: Exchange, headers: OutgoingHttpHeaders, now: number, overQuota: boolean): void {
  const fhir = (status: number, body: unknown) => respond(state, ex, status, FHIR_JSON, JSON.stringify(body), headers);
  const reply = (result: Outcome | { status: number; body: unknown }) => fhir(result.status, result.body);
  const { method } = ex;
  const subpath = ex.path.slice(FHIR_BASE.length) || '/';

  const fault = state.faults.take('api', method, subpath, isTransportFault);
  if (fault !== undefined) {
    const faulted = runTransportFault(fault, ex.res, headers);
    if (faulted !== undefined) respond(state, ex, faulted.status, faulted.contentType, faulted.text, faulted.headers);
    return;
  }
  if (overThrottle(state.throttle, state.apiSecond, now) || overQuota) {
    state.stats.throttled++;
    if (!overQuota) headers['retry-after'] = '1';
    return respond(state, ex, 429, 'application/json', JSON.stringify(overQuota ? quotaExceeded : tooManyRequests), headers);
  }

  const host = ex.req.headers.host ?? '127.0.0.1';
  const origin = `http://${host}`;
  if (subpath === '/metadata') {
    if (method !== 'GET') return reply(methodNotAllowed(`${method} /metadata`));
    count(state, 'fhir.metadata');
    return fhir(200, capabilityStatement(`${origin}${FHIR_BASE}`));
  }

  const authorization = ex.req.headers.authorization;
  if (authorization === undefined || authorization === '') return respond(state, ex, 401, 'text/plain', developerInactive, headers);
  if (!/^bearer /i.test(authorization) || !state.tokens.isValid(authorization.slice(7).trim(), now)) {
    return respond(state, ex, 401, 'text/html', notAuthorizedHtml, headers);
  }
  const scopes = state.tokens.scopesOf(authorization.slice(7).trim());

  const rawQuery = rawQueryOf(ex.req.url ?? '');
  const params = decodeParams(rawQuery, {}, false);
  const home = state.options.practiceId;
  const practice = params['ah-practice'];
  if (practice === undefined || practice.trim() === '') return reply(missingPractice);
  if (practice !== `Organization/${toFhirPracticeId(home)}`) return reply(otherPractice);

  const ctx: FhirContext = { practiceId: home, data: state.data };
  const segments = subpath.split('/').slice(1).map(decodeSegment);
  const [type = '', second, third] = segments;

  if (isExportKickOff(segments)) return handleExportKickOff(state, ex, segments, params, headers, origin);

  // Operations: Type/$op and Type/{id}/$op.
  const opName = second?.startsWith('$') ? `${type}/${second}` : third?.startsWith('$') ? `${type}/${third}` : undefined;
  if (opName !== undefined && segments.length <= 3) {
    const handler = OPERATION_HANDLERS[opName];
    if (handler === undefined) return reply(unsupported(`The operation ${opName}`));
    if (method !== 'GET' && method !== 'POST') return reply(methodNotAllowed(`${method} ${opName}`));
    count(state, `fhir.${opName}`);
    const body = ex.body === '' ? undefined : parseJson(ex.body);
    return reply(handler({ ctx, id: second?.startsWith('$') ? undefined : second, params, body, origin }));
  }

  const row = fhirTypeRow(type);
  if (row === undefined || segments.length > 2) return reply(unsupported(`The resource type ${type || '(none)'}`));
  if (method === 'GET' && !grantsRead(scopes, type)) return reply(missingScope(type));

  if (segments.length === 2) {
    if (method !== 'GET') return reply(methodNotAllowed(`${method} on a ${type} instance`));
    count(state, `fhir.${type}.read`);
    const resource = row.read(ctx, second as string);
    return resource === undefined ? reply(notFound(type)) : fhir(200, resource);
  }

  if (method === 'POST' && type === 'QuestionnaireResponse') {
    count(state, `fhir.${type}.create`);
    return reply(createQuestionnaireResponse(ctx, ex, origin));
  }
  if (method !== 'GET') return reply(methodNotAllowed(`${method} ${type}`));

  count(state, `fhir.${type}.search`);
  const given = Object.keys(params).filter((name) => (params[name] as string).trim() !== '');
  if (!meetsSearchRequirements(type, given)) return reply(missingCombination(searchCombinations(type) ?? []));
  const result = runSearch(ctx, { type, row, params, rawQuery, baseUrl: `${origin}${FHIR_BASE}/${type}`, canRead: (t) => grantsRead(scopes, t) });
  return 'resourceType' in result ? fhir(200, result) : reply(result);
}

function createQuestionnaireResponse(ctx: FhirContext, ex: Exchange, origin: string): Outcome | { status: number; body: unknown } {
  const type = ex.req.headers['content-type'] ?? '';
  if (!/^application\/(fhir\+)?json/i.test(type)) return { ...invalid('The body must be application/fhir+json.'), status: 415 };
  const body = parseJson(ex.body) as Record<string, unknown> | undefined;
  if (body === null || typeof body !== 'object' || body.resourceType !== 'QuestionnaireResponse') {
    return invalid('The body must be a QuestionnaireResponse resource.');
  }
  if (typeof body.status !== 'string') return invalid('QuestionnaireResponse.status is required.');
  const subject = (body.subject as { reference?: unknown } | undefined)?.reference;
  if (typeof subject !== 'string' || patientIdFromReference(subject, ctx.practiceId) === undefined || !fhirTypeRow('Patient')?.read(ctx, subject.replace(/^Patient\//, ''))) {
    return invalid('QuestionnaireResponse.subject must reference a patient of this practice.');
  }
  const stored = ctx.data.fhir.addQuestionnaireResponse(ctx.practiceId, body as never);
  ex.res.setHeader('location', `${origin}${FHIR_BASE}/QuestionnaireResponse/${stored.id}/_history/1`);
  return { status: 201, body: stored };
}

function count(state: SimState, id: string): void {
  state.stats.byOperation[id] = (state.stats.byOperation[id] ?? 0) + 1;
}

function rawQueryOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? '' : url.slice(q + 1);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
