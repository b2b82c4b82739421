/**
 * `athena.fhir`: athena's FHIR R4 server (`/fhir/r4`) through the client's own transport
 * (token, retries, logging, timeouts, abort). Every request carries
 * `ah-practice=Organization/a-1.Practice-{practiceId}`; searches that athena would refuse
 * for a missing parameter combination are refused here, before any request.
 */
import type { OperationCaller } from '../core/caller.js';
import { AthenaError, InvalidRequestError } from '../base/errors.js';
import { validateRequestOptions, type RequestOptions } from '../core/request-options.js';
import { formEncode } from '../core/encode.js';
import { refuseRequestOptionNames } from '../core/request.js';
import { isRecord, parseBody } from '../base/decode.js';
import type { HttpResponse } from '../base/http.js';
import { apiPromise, type APIPromise, type ResponseSlot } from '../core/api-promise.js';
import { fhirErrorFromResponse } from './errors.js';
import { toFhirPracticeId } from './ids.js';
import { findFhirOperation, FHIR_OPERATIONS, type FhirOperationName } from './operations.js';
import { assertSearchRequirements } from './search-requirements.js';
import { FhirSearchResults } from './search-results.js';
import type { BulkExportJob } from './bulk/job.js';
import type { BulkExportOptions } from './bulk/kickoff.js';
import { resumeBulkExport, startBulkExport, type BulkJobOptions } from './bulk/start.js';
import type { Bundle, FhirResource, FhirResourceType, FhirSearchParams, Parameters, ResourceOf } from './types.js';

/** The FHIR base path on the API origin. */
export const FHIR_BASE_PATH = '/fhir/r4';

const FHIR_JSON = 'application/fhir+json';
const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;
/** FHIR's id rule: letters, digits, `-` and `.`, 1 to 64 characters. */
const LOGICAL_ID = /^[A-Za-z0-9\-.]{1,64}$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
/** athena accepts writes of these types only (CapabilityStatement `create` interactions). */
const CREATABLE = new Set<string>(['QuestionnaireResponse']);

export interface FhirOperationArgs {
  /** The resource id, for instance-level operations such as `Appointment/$self-checkin-entry-url`. */
  id?: string;
  /** Query parameters (GET) or extra query parameters (POST). */
  params?: FhirSearchParams;
  /** A `Parameters` (or other resource, e.g. a Bundle for `$batch-write`) body; sends the operation with POST. */
  body?: Parameters | FhirResource;
}

export class FhirClient {
  readonly #caller: OperationCaller;
  readonly #practiceId: string;

  /** @internal The client builds this as `athena.fhir`. */
  constructor(caller: OperationCaller, practiceId: string) {
    this.#caller = caller;
    this.#practiceId = practiceId;
  }

  /** `Organization/a-1.Practice-{practiceId}`, the value of `ah-practice` on every request. */
  get practiceReference(): string {
    return `Organization/${toFhirPracticeId(this.#practiceId)}`;
  }

  /**
   * Reads one resource by its logical id. A missing one throws a FhirError with status 404.
   * @example
   * const patient = await athena.fhir.read('Patient', 'a-195900.E-12');
   * console.log(patient.name?.[0]?.family, patient.birthDate);
   * const { response } = await athena.fhir.read('Patient', 'a-195900.E-12').withResponse();
   */
  read<K extends FhirResourceType>(type: K, id: string, options?: RequestOptions): APIPromise<ResourceOf<K>> {
    return apiPromise(async (slot) => {
      const where = whereOf('fhir.read', type);
      const path = `${FHIR_BASE_PATH}/${checkType(type, where)}/${checkId(id, where)}`;
      const body = await this.#send('GET', `${path}?${this.#query({}, where)}`, `GET ${FHIR_BASE_PATH}/${type}/{id}`, undefined, options, slot);
      return expectResource(body, type, where) as ResourceOf<K>;
    });
  }

  /**
   * Searches a resource type. Nothing is sent until the result is awaited (the first
   * Bundle) or iterated (every matched resource across Bundles); `byPage()` gives the Bundles.
   * Throws InvalidRequestError at once when athena's required parameters are missing.
   * @example
   * for await (const condition of athena.fhir.search('Condition', { patient: 'a-195900.E-12' })) {
   *   console.log(condition.code?.text);
   * }
   * const firstBundle = await athena.fhir.search('Patient', { family: 'Smith', birthdate: '1980-05-01' });
   */
  search<K extends FhirResourceType>(type: K, params: FhirSearchParams = {}, options?: RequestOptions): FhirSearchResults<ResourceOf<K>> {
    const where = whereOf('fhir.search', type);
    checkType(type, where);
    // Checked now so bad input fails at the call site, before any request exists.
    validateRequestOptions(options, where);
    const query = this.#query(params, where, type);
    const operation = `GET ${FHIR_BASE_PATH}/${type}`;
    const fetchBundle = async (path: string, slot?: ResponseSlot, signal?: AbortSignal): Promise<Bundle<ResourceOf<K>>> => {
      const sendOptions = signal === undefined ? options : { ...options, signal };
      return expectResource(await this.#send('GET', path, operation, undefined, sendOptions, slot), 'Bundle', where) as Bundle<ResourceOf<K>>;
    };
    const resolveNext = (url: string) => this.#nextPath(url, where);
    return new FhirSearchResults<ResourceOf<K>>(`${FHIR_BASE_PATH}/${type}?${query}`, fetchBundle, resolveNext, this.#caller.pagingOf(options));
  }

  /**
   * The first Bundle of a search, as one promise.
   * @example
   * const bundle = await athena.fhir.searchBundle('Observation', { patient: 'a-195900.E-12', _count: 50 });
   * console.log(bundle.total, bundle.entry?.length);
   */
  async searchBundle<K extends FhirResourceType>(type: K, params: FhirSearchParams = {}, options?: RequestOptions): Promise<Bundle<ResourceOf<K>>> {
    return await this.search(type, params, options);
  }

  /**
   * Creates a resource. athena accepts only QuestionnaireResponse; other types are refused
   * before any request. Like every write, it is sent once and not retried.
   * @example
   * const created = await athena.fhir.create({
   *   resourceType: 'QuestionnaireResponse', status: 'completed',
   *   questionnaire: 'Questionnaire/intake', subject: { reference: 'Patient/a-195900.E-12' },
   * });
   * console.log(created.id);
   */
  async create<R extends FhirResource>(resource: R, options?: RequestOptions): Promise<R> {
    const where = 'fhir.create';
    if (!isRecord(resource) || !Object.hasOwn(resource, 'resourceType') || typeof resource.resourceType !== 'string') {
      throw new InvalidRequestError(`${where}: expected a FHIR resource object with a resourceType.`);
    }
    const type = checkType(resource.resourceType, where);
    if (!CREATABLE.has(type)) {
      throw new InvalidRequestError(`${where}: athena's FHIR server does not accept ${type} writes (only ${[...CREATABLE].join(', ')}).`);
    }
    const path = `${FHIR_BASE_PATH}/${type}?${this.#query({}, where)}`;
    const { body, response } = await this.#exchange('POST', path, `POST ${FHIR_BASE_PATH}/${type}`, JSON.stringify(resource), options);
    if (isRecord(body) && body.resourceType === type) return body as unknown as R;
    // A 201 without a body: the new id is in Location (`.../QuestionnaireResponse/{id}/_history/1`).
    const id = idFromLocation(response.headers.location, type);
    return { ...resource, ...(id ? { id } : {}) };
  }

  /**
   * Runs one of athena's custom operations.
   * @example
   * const link = await athena.fhir.operation('Appointment/$self-checkin-entry-url', { id: 'a-195900.appointment-12-1' });
   * const latest = await athena.fhir.operation('QuestionnaireResponse/$latest-response-by-questionnaire', {
   *   params: { patient: 'Patient/a-195900.E-12', questionnaire: 'Questionnaire/intake' },
   * });
   */
  async operation<T = FhirResource>(name: FhirOperationName, given: FhirOperationArgs = {}, options?: RequestOptions): Promise<T> {
    // Own properties only: a polluted Object.prototype.id must not pick the instance.
    const args: FhirOperationArgs = isRecord(given) ? { id: ownValue(given, 'id'), params: ownValue(given, 'params'), body: ownValue(given, 'body') } : {};
    const spec = findFhirOperation(name);
    if (spec === undefined) {
      throw new InvalidRequestError(`fhir.operation: unknown operation; athena's are ${Object.keys(FHIR_OPERATIONS).join(', ')}.`);
    }
    const where = `fhir.operation(${name})`;
    const opName = name.slice(name.indexOf('/') + 1);
    let path = `${FHIR_BASE_PATH}/${spec.resourceType}`;
    let template = path;
    if (spec.level === 'instance') {
      if (args.id === undefined) throw new InvalidRequestError(`${where}: needs the id of the ${spec.resourceType}.`);
      path += `/${checkId(args.id, where)}`;
      template += '/{id}';
    } else if (args.id !== undefined) {
      throw new InvalidRequestError(`${where}: runs on the ${spec.resourceType} type and takes no id.`);
    }
    path += `/${opName}`;
    template += `/${opName}`;
    let body: string | undefined;
    if (args.body !== undefined) {
      if (!isRecord(args.body) || !Object.hasOwn(args.body, 'resourceType') || typeof args.body.resourceType !== 'string') {
        throw new InvalidRequestError(`${where}: the body must be a FHIR resource (usually Parameters).`);
      }
      body = JSON.stringify(args.body);
    }
    const method = body !== undefined ? 'POST' : spec.method;
    if (method === 'POST' && body === undefined) body = JSON.stringify({ resourceType: 'Parameters' });
    const query = this.#query(args.params ?? {}, where);
    return (await this.#send(method, `${path}?${query}`, `${method} ${template}`, body, options)) as T;
  }

  /**
   * The server's CapabilityStatement (`/metadata`): what it serves and which searches it accepts.
   * @example
   * const capabilities = await athena.fhir.capabilities();
   * console.log(capabilities.rest?.[0]?.resource?.map((r) => r.type));
   */
  async capabilities(options?: RequestOptions): Promise<ResourceOf<'CapabilityStatement'>> {
    const body = await this.#send('GET', `${FHIR_BASE_PATH}/metadata`, `GET ${FHIR_BASE_PATH}/metadata`, undefined, options);
    return expectResource(body, 'CapabilityStatement', 'fhir.capabilities') as ResourceOf<'CapabilityStatement'>;
  }

  /**
   * Starts a FHIR Bulk Data export (`Group/{id}/$export`, `Patient/$export` or `$export`)
   * and gives its job once the server has accepted it (202). Bad options are refused
   * before anything is sent. See docs/fhir.md, "Bulk export".
   * @example
   * const job = await athena.fhir.bulkExport({ group: 'a-195900.group-all', types: ['Patient', 'Condition'], since: '2026-01-01' });
   * job.on('progress', (p) => console.log(p.progress));
   * for await (const resource of job.resources()) console.log(resource.resourceType, resource.id);
   */
  bulkExport(options: BulkExportOptions = {}, requestOptions?: RequestOptions): Promise<BulkExportJob> {
    return startBulkExport(this.#bulkContext(), options, requestOptions);
  }

  /**
   * Picks up an export saved with `job.save()` (in this process or another): polling, if
   * it had not finished, goes on; files already read are not downloaded again; a file read
   * partly carries on after its last delivered line.
   * @example
   * const job = athena.fhir.resumeBulkExport(JSON.parse(await readFile('export-state.json', 'utf8')));
   */
  resumeBulkExport(state: unknown, options?: BulkJobOptions, requestOptions?: RequestOptions): BulkExportJob {
    return resumeBulkExport(this.#bulkContext(), state, options, requestOptions);
  }

  #bulkContext() {
    return { caller: this.#caller, basePath: FHIR_BASE_PATH, practiceReference: this.practiceReference };
  }

  async #send(method: 'GET' | 'POST', path: string, operation: string, body: string | undefined, options: RequestOptions | undefined, slot?: ResponseSlot): Promise<unknown> {
    return (await this.#exchange(method, path, operation, body, options, slot)).body;
  }

  async #exchange(
    method: 'GET' | 'POST',
    path: string,
    operation: string,
    body: string | undefined,
    options: RequestOptions | undefined,
    slot?: ResponseSlot,
  ): Promise<{ body: unknown; response: HttpResponse }> {
    const request = { method, path, operation, accept: FHIR_JSON, ...(body !== undefined ? { body, contentType: FHIR_JSON } : {}) };
    const { response, context } = await this.#caller.send(request, options);
    if (response.status < 200 || response.status >= 300) throw fhirErrorFromResponse(response, context);
    if (slot) {
      slot.response = response;
      slot.context = context;
    }
    return { body: parseBody(response.body), response };
  }

  /** Encodes the parameters plus `ah-practice`; checks athena's required combinations when `searchType` is given. */
  #query(params: FhirSearchParams, where: string, searchType?: string): string {
    if (params === null || typeof params !== 'object' || Array.isArray(params)) {
      throw new InvalidRequestError(`${where}: parameters must be an object.`);
    }
    refuseRequestOptionNames(params, where, (name) =>
      where.startsWith('fhir.operation') ? `fhir.operation(name, { params }, { ${name} })` : `fhir.search(type, params, { ${name} })`,
    );
    const practice = this.practiceReference;
    const entries: [string, string][] = [];
    const names = new Set<string>();
    for (const name of Object.keys(params)) {
      const raw = params[name];
      if (raw === undefined || raw === null) continue;
      if (name === '' || CONTROL_CHARS.test(name)) throw new InvalidRequestError(`${where}: a parameter name is empty or has control characters.`);
      const values = (Array.isArray(raw) ? raw : [raw]) as unknown[];
      for (const value of values) {
        if (typeof value !== 'string' && typeof value !== 'boolean' && !(typeof value === 'number' && Number.isFinite(value))) {
          throw new InvalidRequestError(`${where}: '${name}' must be a string, number or boolean, or a list of them.`);
        }
        const text = String(value);
        if (text.trim() === '') continue;
        if (name === 'ah-practice') {
          if (text !== practice) throw new InvalidRequestError(`${where}: 'ah-practice' is set from the client's practiceId; this client serves ${practice}.`);
          continue;
        }
        entries.push([name, text]);
        names.add(name);
      }
    }
    if (searchType !== undefined) assertSearchRequirements(searchType, names, where);
    entries.push(['ah-practice', practice]);
    return formEncode(entries);
  }

  /**
   * A `next` link is followed only on the client's own origin and FHIR base: a link
   * elsewhere would carry the bearer token to another server. It keeps this practice.
   */
  #nextPath(url: string, where: string): string {
    const origin = this.#caller.origin;
    let parsed: URL;
    try {
      parsed = new URL(url, `${origin.href}${FHIR_BASE_PATH}/`);
    } catch {
      throw new AthenaError(`${where}: the Bundle's next link is not a valid URL.`);
    }
    if (parsed.origin !== origin.href || !parsed.pathname.startsWith(`${FHIR_BASE_PATH}/`)) {
      throw new AthenaError(`${where}: refusing to follow a next link outside this client's FHIR server.`);
    }
    const practice = parsed.searchParams.getAll('ah-practice');
    if (practice.length === 0) parsed.searchParams.append('ah-practice', this.practiceReference);
    else if (practice.some((p) => p !== this.practiceReference)) {
      throw new AthenaError(`${where}: refusing to follow a next link into another practice.`);
    }
    return `${parsed.pathname}${parsed.search}`;
  }
}

/** `fhir.read(Patient)` for messages; the bare method when the type itself is bad (it is not echoed). */
function whereOf(method: string, type: unknown): string {
  return typeof type === 'string' && RESOURCE_TYPE.test(type) ? `${method}(${type})` : method;
}

function ownValue<K extends keyof FhirOperationArgs>(args: FhirOperationArgs, key: K): FhirOperationArgs[K] {
  return Object.hasOwn(args, key) ? args[key] : undefined;
}

function checkType(type: unknown, where: string): string {
  if (typeof type !== 'string' || !RESOURCE_TYPE.test(type)) throw new InvalidRequestError(`${where}: resource type must be a FHIR type name such as Patient.`);
  return type;
}

function checkId(id: unknown, where: string): string {
  if (typeof id !== 'string' || !LOGICAL_ID.test(id) || /^\.+$/.test(id)) {
    throw new InvalidRequestError(`${where}: id must be a FHIR logical id (letters, digits, '-' and '.', up to 64 characters).`);
  }
  return id;
}

function expectResource(body: unknown, type: string, where: string): unknown {
  if (!isRecord(body) || body.resourceType !== type) {
    throw new AthenaError(`${where}: unexpected response from athena (expected a ${type}).`);
  }
  return body;
}

function idFromLocation(location: string | undefined, type: string): string | undefined {
  if (!location) return undefined;
  const match = new RegExp(`/${type}/([A-Za-z0-9\\-.]{1,64})(?:/|$)`).exec(location);
  return match?.[1];
}
