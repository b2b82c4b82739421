/**
 * The simulator's FHIR Bulk Data export, as the SMART reference server behaves: kick-off
 * (202 + Content-Location), status (202 with Retry-After and X-Progress, then 200 with the
 * manifest as application/json), DELETE to cancel, NDJSON files per type. A job snapshots
 * the patients at kick-off; files are built from them when downloaded.
 */
import { randomBytes } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import { respond, type Exchange, type SimState } from '../state.js';
import { isTransportFault, runTransportFault } from '../faults.js';
import type { Params } from '../params.js';
import { layoutFiles, serveFile } from './bulk-files.js';
import { DEFAULT_BULK_SETTINGS, type BulkExportsState, type ExportJob } from './bulk-jobs.js';
import { BulkStorage } from './bulk-storage.js';
import type { BulkExportSettings, SimulatorBulkExport } from './bulk-types.js';
import { invalid, methodNotAllowed, notFound, unsupported, type Outcome } from './outcome.js';
import { fhirTypeRow } from './resource-types.js';

export const BULK_STATUS_PREFIX = '/fhir/bulkstatus/';
export const BULK_FILES_PREFIX = '/fhir/bulkfiles/';
const FHIR_JSON = 'application/fhir+json;charset=utf-8';
/** The types of a patient's compartment the simulator serves. */
const COMPARTMENT = ['Patient', 'Encounter', 'Condition', 'AllergyIntolerance', 'MedicationRequest', 'Observation', 'Immunization', 'DocumentReference', 'Appointment'];
const SYSTEM_ONLY = ['Practitioner', 'Organization'];
const FORMATS = new Set(['application/fhir+ndjson', 'application/ndjson', 'ndjson']);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface BulkExports extends BulkExportsState {
  readonly storage: BulkStorage;
}

const perState = new WeakMap<SimState, BulkExports>();

export function bulkExportsOf(state: SimState): BulkExports {
  let exports = perState.get(state);
  if (exports === undefined) {
    const data: BulkExportsState = { settings: { ...DEFAULT_BULK_SETTINGS }, jobs: new Map(), cutsLeft: 0, downloads: 0, startedAt: new Date() };
    perState.set(state, (exports = Object.assign(data, { storage: new BulkStorage(state, data) })));
  }
  return exports;
}

export function groupIdOf(state: SimState): string {
  return `a-${state.options.practiceId}.group-all`;
}

/** `sim.bulk`. */
export function bulkControl(state: SimState): SimulatorBulkExport {
  const exports = bulkExportsOf(state);
  return {
    configure(settings) {
      const next = { ...exports.settings };
      for (const key of Object.keys(settings) as (keyof BulkExportSettings)[]) {
        if (settings[key] !== undefined) (next as Record<string, unknown>)[key] = settings[key];
      }
      if (!Number.isInteger(next.pollsBeforeDone) || next.pollsBeforeDone < 0) throw new RangeError('simulator: pollsBeforeDone must be a non-negative integer');
      if (!Number.isInteger(next.resourcesPerFile) || next.resourcesPerFile < 1) throw new RangeError('simulator: resourcesPerFile must be a positive integer');
      exports.settings = next;
    },
    cutNextDownloads(n) {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`simulator: count must be a positive integer, got ${n}`);
      exports.cutsLeft += n;
    },
    expireJobs() {
      for (const job of exports.jobs.values()) job.expired = true;
    },
    groupId: groupIdOf(state),
    get downloads() {
      return exports.downloads;
    },
  };
}

export function stopBulkExports(state: SimState): Promise<void> {
  return perState.get(state)?.storage.stop() ?? Promise.resolve();
}

/** `[$export]`, `[Patient, $export]` or `[Group, id, $export]`. */
export function isExportKickOff(segments: readonly string[]): boolean {
  const last = segments[segments.length - 1];
  if (last !== '$export') return false;
  return segments.length === 1 || (segments.length === 2 && segments[0] === 'Patient') || (segments.length === 3 && segments[0] === 'Group');
}

/** Answers a kick-off that passed the FHIR handler's gateway, token and practice checks. */
export function handleExportKickOff(state: SimState, ex: Exchange, segments: readonly string[], params: Params, headers: OutgoingHttpHeaders, origin: string): void {
  const reply = (o: Outcome) => respond(state, ex, o.status, FHIR_JSON, JSON.stringify(o.body), headers);
  if (ex.method !== 'GET') return reply(methodNotAllowed(`${ex.method} $export (the simulator takes GET)`));
  const exports = bulkExportsOf(state);
  if (ex.req.headers.accept !== 'application/fhir+json') return reply(invalid('The Accept header must be application/fhir+json.'));
  if (!/\brespond-async\b/.test(String(ex.req.headers.prefer ?? ''))) return reply(invalid('The Prefer header must be respond-async.'));
  const format = params._outputFormat;
  if (format !== undefined && !FORMATS.has(format)) return reply(invalid(`The _outputFormat ${format} is not supported.`));
  const since = params._since;
  if (since !== undefined && (!INSTANT.test(since) || Number.isNaN(Date.parse(since)))) return reply(invalid('_since must be a FHIR instant.'));
  const system = segments.length === 1;
  if (segments[0] === 'Group' && segments[1] !== groupIdOf(state)) return reply(notFound('Group'));
  const served = system ? [...COMPARTMENT, ...SYSTEM_ONLY] : COMPARTMENT;
  const asked = params._type === undefined ? served : params._type.split(',').map((t) => t.trim()).filter((t) => t !== '');
  for (const filter of typeFilters(ex)) {
    const type = filter.slice(0, filter.indexOf('?'));
    if (!asked.includes(type)) return reply(invalid(`The _typeFilter on ${type} names a type not in _type.`));
  }
  if (asked.length === 0) return reply(unsupported('An empty _type'));

  const id = randomBytes(8).toString('hex');
  const patientIds: string[] = [];
  const patients = state.data.patients;
  for (let i = 1; i <= patients.lastId; i++) {
    const p = patients.get(String(i));
    if (p !== undefined && p.status !== 'd') patientIds.push(String(i));
  }
  const job: ExportJob = {
    id,
    request: `${origin}${ex.req.url ?? ''}`,
    transactionTime: new Date().toISOString().replace('Z', '+00:00'),
    settings: { ...exports.settings },
    polls: 0,
    expired: false,
    files: undefined,
    unserved: asked.filter((t) => !served.includes(t) || fhirTypeRow(t) === undefined),
    patientIds,
    types: asked.filter((t) => served.includes(t) && fhirTypeRow(t) !== undefined),
    system,
    empty: since !== undefined && Date.parse(since) > exports.startedAt.getTime(),
  };
  exports.jobs.set(id, job);
  headers['content-location'] = `${origin}${BULK_STATUS_PREFIX}${id}`;
  respond(state, ex, 202, FHIR_JSON, JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'informational', details: { text: 'Export started.' } }] }), headers);
}

function typeFilters(ex: Exchange): string[] {
  const url = ex.req.url ?? '';
  const query = url.indexOf('?') < 0 ? '' : url.slice(url.indexOf('?') + 1);
  return new URLSearchParams(query).getAll('_typeFilter');
}

export function isBulkPath(path: string): boolean {
  return path.startsWith(BULK_STATUS_PREFIX) || path.startsWith(BULK_FILES_PREFIX);
}

/** Status polls, cancellation and same-origin file downloads; all need a valid bearer token. */
export async function handleBulkRequest(state: SimState, ex: Exchange): Promise<void> {
  const exports = bulkExportsOf(state);
  const headers: OutgoingHttpHeaders = { 'x-request-id': state.nextRequestId() };
  const fault = state.faults.take('api', ex.method, ex.path, isTransportFault);
  if (fault !== undefined) {
    const faulted = runTransportFault(fault, ex.res, headers);
    if (faulted !== undefined) respond(state, ex, faulted.status, faulted.contentType, faulted.text, faulted.headers);
    return;
  }
  const reply = (o: Outcome) => respond(state, ex, o.status, FHIR_JSON, JSON.stringify(o.body), headers);
  const authorization = ex.req.headers.authorization ?? '';
  if (!/^bearer /i.test(authorization) || !state.tokens.isValid(authorization.slice(7).trim(), Date.now())) {
    return respond(state, ex, 401, 'text/plain', 'Unauthorized', headers);
  }
  if (ex.path.startsWith(BULK_FILES_PREFIX)) {
    const [jobId = '', name = ''] = ex.path.slice(BULK_FILES_PREFIX.length).split('/');
    const job = exports.jobs.get(jobId);
    const file = job?.expired === false && job.settings.requiresAccessToken ? job.files?.find((f) => f.name === name) : undefined;
    if (job === undefined || file === undefined) return reply(notFound('export file'));
    return serveFile(state, exports, ex, job, file, headers);
  }
  const job = exports.jobs.get(ex.path.slice(BULK_STATUS_PREFIX.length));
  if (job === undefined) return reply(notFound('export job'));
  if (job.expired) return reply({ ...notFound('export job'), status: 410 });
  if (ex.method === 'DELETE') {
    exports.jobs.delete(job.id);
    return reply({ status: 202, body: { resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'informational', details: { text: 'Export deleted.' } }] } });
  }
  if (ex.method !== 'GET') return reply(methodNotAllowed(`${ex.method} on an export status`));
  job.polls++;
  if (job.polls <= job.settings.pollsBeforeDone) {
    headers['retry-after'] = job.settings.retryAfter;
    headers['x-progress'] = `${Math.round(((job.polls - 1) / Math.max(1, job.settings.pollsBeforeDone)) * 100)}% complete, please wait`;
    return respond(state, ex, 202, FHIR_JSON, '', headers);
  }
  job.files ??= layoutFiles(state, job);
  const base = job.settings.requiresAccessToken ? `${originOf(ex)}${BULK_FILES_PREFIX}${job.id}/` : await exports.storage.baseUrl(job.id);
  const sign = job.settings.requiresAccessToken ? (name: string) => `${base}${name}` : (name: string) => exports.storage.signedUrl(job.id, name);
  headers.expires = new Date(Date.now() + 3_600_000).toUTCString();
  const manifest = {
    transactionTime: job.transactionTime,
    request: job.request,
    requiresAccessToken: job.settings.requiresAccessToken,
    output: job.files.filter((f) => f.kind === 'output').map((f) => ({ type: f.type, url: sign(f.name), count: f.count })),
    error: job.files.filter((f) => f.kind === 'error').map((f) => ({ type: 'OperationOutcome', url: sign(f.name) })),
  };
  respond(state, ex, 200, 'application/json', JSON.stringify(manifest), headers);
}

export function originOf(ex: Exchange): string {
  return `http://${ex.req.headers.host ?? '127.0.0.1'}`;
}
