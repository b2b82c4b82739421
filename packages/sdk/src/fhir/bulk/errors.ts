/** Typed failures of a FHIR bulk export that are not an HTTP error of one request. */
import { AthenaError } from '../../base/errors.js';

export type BulkExportErrorCode =
  /** The status URL is gone (404/410): the job expired or was deleted; start a new export. */
  | 'expired'
  /** A URL (status, output, redirect) the SDK refuses to use: not https and not loopback, or where the token would leak. */
  | 'unsafe-url'
  /** The server's answer is not what the Bulk Data spec says (manifest, status, NDJSON line). */
  | 'bad-answer'
  /** One NDJSON line is longer than `maxLineBytes`. */
  | 'line-too-long'
  /** A saved state that cannot be resumed. */
  | 'bad-state'
  /** `cancel()` was called. */
  | 'cancelled';

/**
 * A bulk export failed for a reason of its own (HTTP failures are the usual ApiError and
 * FhirError). Messages name the file by its type and position, never its URL: output URLs
 * may be signed, and a signature is a credential.
 * @example
 * try {
 *   await job.manifest();
 * } catch (error) {
 *   if (error instanceof BulkExportError && error.code === 'expired') job = await athena.fhir.bulkExport(options);
 * }
 */
export class BulkExportError extends AthenaError {
  override name = 'BulkExportError';
  readonly code: BulkExportErrorCode;
  /** The HTTP status behind it, when there was one (404 or 410 for `expired`). */
  readonly status: number | undefined;

  constructor(code: BulkExportErrorCode, message: string, options?: { status?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options?.status;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), code: this.code, status: this.status };
  }
}
