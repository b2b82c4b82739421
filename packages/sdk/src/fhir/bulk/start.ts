/**
 * Starting a bulk export (the kick-off) and picking a saved one up again. The status URL
 * must be on the FHIR server's origin: polling it carries the token.
 */
import { InvalidRequestError } from '../../base/errors.js';
import type { OperationCaller } from '../../core/caller.js';
import { formEncode } from '../../core/encode.js';
import { validateRequestOptions, type RequestOptions } from '../../core/request-options.js';
import { fhirErrorFromResponse } from '../errors.js';
import { BulkExportError } from './errors.js';
import { BulkExportJob, type JobSettings } from './job.js';
import { buildKickOff, ownOptions, type BulkExportOptions } from './kickoff.js';
import { parseTarget } from './output-url.js';
import { readState } from './state.js';

/** How a job polls and reads, for a new export or a resumed one. */
export type BulkJobOptions = Pick<BulkExportOptions, 'pollIntervalMs' | 'maxPollIntervalMs' | 'maxLineBytes'>;

interface Context {
  caller: OperationCaller;
  /** `/fhir/r4` */
  basePath: string;
  practiceReference: string;
}

export async function startBulkExport(ctx: Context, options: BulkExportOptions, requestOptions: RequestOptions | undefined): Promise<BulkExportJob> {
  const kickOff = buildKickOff(options);
  validateRequestOptions(requestOptions, 'fhir.bulkExport');
  const query = formEncode([...kickOff.query, ['ah-practice', ctx.practiceReference]]);
  const { response, context } = await ctx.caller.send(
    {
      method: 'GET',
      path: `${ctx.basePath}${kickOff.path}?${query}`,
      operation: `GET ${ctx.basePath}${kickOff.template}`,
      accept: 'application/fhir+json',
      headers: { prefer: 'respond-async' },
    },
    requestOptions,
  );
  if (response.status < 200 || response.status >= 300) throw fhirErrorFromResponse(response, context);
  const location = response.headers['content-location'];
  if (response.status !== 202 || location === undefined || location === '') {
    throw new BulkExportError('bad-answer', `fhir.bulkExport: the kick-off answered ${response.status} without a Content-Location; expected 202 Accepted with the status URL.`);
  }
  return jobFor(ctx, location, ownOptions(options), requestOptions);
}

export function resumeBulkExport(ctx: Context, saved: unknown, options: BulkJobOptions = {}, requestOptions?: RequestOptions): BulkExportJob {
  const state = readState(saved);
  if (options === null || typeof options !== 'object') throw new InvalidRequestError('fhir.resumeBulkExport: options must be an object.');
  const own = ownOptions(options);
  // The job settings are checked by the same rules as a new export's.
  buildKickOff({ pollIntervalMs: own.pollIntervalMs, maxPollIntervalMs: own.maxPollIntervalMs, maxLineBytes: own.maxLineBytes });
  validateRequestOptions(requestOptions, 'fhir.resumeBulkExport');
  return jobFor(ctx, state.statusUrl, own, requestOptions, state);
}

function jobFor(ctx: Context, statusUrl: string, options: BulkJobOptions, requestOptions: RequestOptions | undefined, saved?: ReturnType<typeof readState>): BulkExportJob {
  const fhirOrigin = ctx.caller.origin;
  const fhirBase = `${fhirOrigin.href}${ctx.basePath}/`;
  const status = parseTarget(statusUrl, fhirBase, 'status');
  if (status.origin.href !== fhirOrigin.href) {
    throw new BulkExportError('unsafe-url', "fhir.bulkExport: the status URL is on another origin than the FHIR server; polling it would send the token there.");
  }
  const settings: JobSettings = {
    caller: ctx.caller,
    fhirOrigin,
    fhirBase,
    statusPath: status.path,
    statusUrl: `${fhirOrigin.href}${status.path}`,
    options: requestOptions,
    pollIntervalMs: options.pollIntervalMs ?? 2000,
    maxPollIntervalMs: options.maxPollIntervalMs ?? 60_000,
    maxLineBytes: options.maxLineBytes ?? requestOptions?.maxResponseBytes ?? ctx.caller.maxResponseBytes,
  };
  return new BulkExportJob(settings, saved);
}
