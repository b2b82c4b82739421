/** The completion manifest of a bulk export, read strictly: every URL in it is checked before use. */
import { isRecord } from '../../base/decode.js';
import { BulkExportError } from './errors.js';

/** One file of the manifest. */
export interface BulkFile {
  /** The resource type in the file (`OperationOutcome` for error files). */
  readonly type: string;
  /** Where to download it. May be a signed URL: treat it as a credential. */
  readonly url: string;
  /** Resources in the file, when the server says. */
  readonly count?: number;
  /** `output` (resources) or `error` (OperationOutcome resources about what could not be exported). */
  readonly kind: 'output' | 'error';
}

export interface BulkManifest {
  /** The server's time of the export: pass it as `since` to the next export to get only what changed. */
  readonly transactionTime: string;
  /** The kick-off URL as the server saw it. */
  readonly request: string;
  /** Whether downloads need the bearer token (same origin); false: signed URLs, never sent the token. */
  readonly requiresAccessToken: boolean;
  readonly output: readonly BulkFile[];
  readonly error: readonly BulkFile[];
}

/** Reads a manifest from its JSON; a missing or mistyped field is a `bad-answer` BulkExportError. */
export function readManifest(body: unknown): BulkManifest {
  if (!isRecord(body)) throw bad('the completed status is not a JSON manifest');
  const { transactionTime, request, requiresAccessToken } = body;
  if (typeof transactionTime !== 'string') throw bad('the manifest has no transactionTime');
  if (typeof requiresAccessToken !== 'boolean') throw bad('the manifest has no requiresAccessToken');
  return {
    transactionTime,
    request: typeof request === 'string' ? request : '',
    requiresAccessToken,
    output: files(body.output, 'output'),
    error: files(body.error ?? [], 'error'),
  };
}

function files(list: unknown, kind: 'output' | 'error'): BulkFile[] {
  if (!Array.isArray(list)) throw bad(`the manifest's ${kind} is not a list`);
  return list.map((entry: unknown, index) => {
    if (!isRecord(entry) || typeof entry.type !== 'string' || typeof entry.url !== 'string') throw bad(`${kind} entry ${index + 1} has no type or url`);
    const count = typeof entry.count === 'number' && Number.isInteger(entry.count) && entry.count >= 0 ? entry.count : undefined;
    return { type: entry.type, url: entry.url, kind, ...(count !== undefined ? { count } : {}) };
  });
}

function bad(what: string): BulkExportError {
  return new BulkExportError('bad-answer', `fhir.bulkExport: ${what}.`);
}
