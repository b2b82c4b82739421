/**
 * The kick-off request of a bulk export: which `$export` (Group, Patient or system) and its
 * parameters, checked before anything is sent.
 */
import { InvalidRequestError } from '../../base/errors.js';

/** What to export. With neither `group` nor `patient`, a system-level export (`[base]/$export`). */
export interface BulkExportOptions {
  /** Export the members of this Group (`Group/{id}/$export`): the usual athena export. */
  group?: string;
  /** Export every patient's compartment (`Patient/$export`). */
  patient?: boolean;
  /** `_type`: the resource types wanted, e.g. `['Patient', 'Condition']`. Default: the server's choice (all). */
  types?: readonly string[];
  /** `_since`: only resources changed after this instant. A date alone (`2026-01-01`) means its midnight UTC. */
  since?: Date | string;
  /** `_typeFilter`: FHIR queries such as `Observation?category=laboratory`, one parameter each. */
  typeFilters?: readonly string[];
  /** `_outputFormat`. Default: the server's (`application/fhir+ndjson`). */
  outputFormat?: 'application/fhir+ndjson' | 'application/ndjson' | 'ndjson';
  /** Wait between polls when the server gives no Retry-After. Default 2000 ms. */
  pollIntervalMs?: number;
  /** Longest wait between polls: a longer (or absurd) Retry-After is cut to this. Default 60000 ms. */
  maxPollIntervalMs?: number;
  /** Longest NDJSON line (one resource) read, in bytes. Default: the client's `maxResponseBytes` (64 MiB unless set). The file as a whole has no cap: it is never held in memory. */
  maxLineBytes?: number;
}

/** The kick-off's path (below the FHIR base), its template for logs, and its query entries. */
export interface KickOff {
  path: string;
  template: string;
  query: [string, string][];
}

const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;
const LOGICAL_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TYPE_FILTER = /^([A-Z][A-Za-z]{1,63})\?[^\s]+$/;
const FORMATS = new Set(['application/fhir+ndjson', 'application/ndjson', 'ndjson']);
const KNOWN = new Set(['group', 'patient', 'types', 'since', 'typeFilters', 'outputFormat', 'pollIntervalMs', 'maxPollIntervalMs', 'maxLineBytes']);
const WHERE = 'fhir.bulkExport';

export function buildKickOff(given: BulkExportOptions): KickOff {
  if (given === null || typeof given !== 'object' || Array.isArray(given)) throw new InvalidRequestError(`${WHERE}: options must be an object.`);
  for (const name of Object.keys(given)) {
    if (!KNOWN.has(name)) throw new InvalidRequestError(`${WHERE}: unknown option '${/^\w{1,40}$/.test(name) ? name : '?'}'; known: ${[...KNOWN].join(', ')}.`);
  }
  const options = ownOptions(given);
  const query: [string, string][] = [];
  let path: string;
  let template: string;
  if (options.group !== undefined) {
    if (options.patient === true) throw new InvalidRequestError(`${WHERE}: give either group or patient, not both.`);
    if (typeof options.group !== 'string' || !LOGICAL_ID.test(options.group) || /^\.+$/.test(options.group)) {
      throw new InvalidRequestError(`${WHERE}: group must be a FHIR logical id (letters, digits, '-' and '.', up to 64 characters).`);
    }
    path = `/Group/${options.group}/$export`;
    template = '/Group/{id}/$export';
  } else if (options.patient !== undefined && options.patient !== false) {
    if (options.patient !== true) throw new InvalidRequestError(`${WHERE}: patient must be true or false.`);
    path = template = '/Patient/$export';
  } else {
    path = template = '/$export';
  }

  const types = options.types === undefined ? undefined : checkTypes(options.types);
  if (types !== undefined) query.push(['_type', types.join(',')]);
  if (options.since !== undefined) query.push(['_since', toInstant(options.since)]);
  if (options.typeFilters !== undefined) {
    if (!Array.isArray(options.typeFilters)) throw new InvalidRequestError(`${WHERE}: typeFilters must be a list of queries such as 'Observation?category=laboratory'.`);
    for (const filter of options.typeFilters as unknown[]) {
      const match = typeof filter === 'string' ? TYPE_FILTER.exec(filter) : null;
      if (match === null) throw new InvalidRequestError(`${WHERE}: each typeFilter is a FHIR query such as 'Observation?category=laboratory'.`);
      if (types !== undefined && !types.includes(match[1] as string)) {
        throw new InvalidRequestError(`${WHERE}: typeFilter on ${match[1]}, which is not among types (${types.join(', ')}).`);
      }
      query.push(['_typeFilter', filter as string]);
    }
  }
  if (options.outputFormat !== undefined) {
    if (typeof options.outputFormat !== 'string' || !FORMATS.has(options.outputFormat)) {
      throw new InvalidRequestError(`${WHERE}: outputFormat must be one of ${[...FORMATS].join(', ')}.`);
    }
    query.push(['_outputFormat', options.outputFormat]);
  }
  positiveOrUndefined(options.pollIntervalMs, 'pollIntervalMs', true);
  positiveOrUndefined(options.maxPollIntervalMs, 'maxPollIntervalMs', false);
  positiveOrUndefined(options.maxLineBytes, 'maxLineBytes', false);
  return { path, template, query };
}

/** Own properties only: a polluted Object.prototype must not change what is exported. */
export function ownOptions(given: BulkExportOptions): BulkExportOptions {
  const out: Record<string, unknown> = {};
  for (const name of KNOWN) if (Object.hasOwn(given, name)) out[name] = (given as Record<string, unknown>)[name];
  return out as BulkExportOptions;
}

function checkTypes(types: unknown): string[] {
  if (!Array.isArray(types) || types.length === 0) throw new InvalidRequestError(`${WHERE}: types must be a non-empty list of FHIR type names such as Patient.`);
  const out: string[] = [];
  for (const type of types as unknown[]) {
    if (typeof type !== 'string' || !RESOURCE_TYPE.test(type)) throw new InvalidRequestError(`${WHERE}: types must be FHIR type names such as Patient.`);
    if (!out.includes(type)) out.push(type);
  }
  return out;
}

function toInstant(since: unknown): string {
  if (since instanceof Date) {
    if (Number.isNaN(since.getTime())) throw new InvalidRequestError(`${WHERE}: since is an invalid Date.`);
    return since.toISOString();
  }
  if (typeof since === 'string') {
    if (DATE_ONLY.test(since) && !Number.isNaN(Date.parse(`${since}T00:00:00Z`))) return `${since}T00:00:00Z`;
    if (INSTANT.test(since) && !Number.isNaN(Date.parse(since))) return since;
  }
  throw new InvalidRequestError(`${WHERE}: since must be a Date, a date (2026-01-01) or an instant with its offset (2026-01-01T00:00:00Z).`);
}

function positiveOrUndefined(value: unknown, name: string, zeroAllowed: boolean): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!zeroAllowed && value === 0)) {
    throw new InvalidRequestError(`${WHERE}: ${name} must be a ${zeroAllowed ? 'non-negative' : 'positive'} number.`);
  }
}
