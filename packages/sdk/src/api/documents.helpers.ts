import { InvalidRequestError } from '../base/errors.js';
import { rejectedAPIPromise, type APIPromise } from '../core/api-promise.js';
import type { StreamBody } from '../base/http.js';
import type { RequestOptions } from '../core/request-options.js';
import { base64FormBody, fileSource, multipartBody, type FileUpload, type UploadEncoding } from '../core/upload.js';
import { documentsOperations as ops, GeneratedDocumentsResource, type UploadClinicalDocumentParams, type UploadDocumentParams } from './documents.js';
import type { DocumentWriteResult } from './types/index.js';
import type { OperationSpec } from '../core/operation.js';

export interface UploadOptions extends RequestOptions {
  /**
   * `multipart` (default) sends the file as a multipart/form-data part, as athena's
   * document endpoints take it; `base64` sends it base64-encoded in the form field
   * `attachmentcontents`. Both stream the file rather than hold it whole in memory
   * (on runtimes using fetch the body is gathered before sending).
   */
  encoding?: UploadEncoding;
}

/** Patient documents of every class, uploads, patient cases and health history forms. */
export class DocumentsResource extends GeneratedDocumentsResource {
  /**
   * Uploads a file as a patient document, streamed. A streamed file is sent once and
   * never retried; pass a Uint8Array if you opt in to `retryWrites`.
   * @example
   * import { createReadStream, statSync } from 'node:fs';
   * const { documentid } = await athena.documents.uploadDocumentFile('1',
   *   { departmentid: '1', documentsubclass: 'ADMIN_CONSENT' },
   *   { data: createReadStream('consent.pdf'), filename: 'consent.pdf', contentType: 'application/pdf', size: statSync('consent.pdf').size });
   */
  uploadDocumentFile(patientId: string, params: Omit<UploadDocumentParams, 'attachmentcontents'>, file: FileUpload, options?: UploadOptions): APIPromise<DocumentWriteResult> {
    return this.#upload(ops.uploadDocument, { ...params, patientid: patientId }, file, options);
  }

  /**
   * Uploads a file as a clinical document, streamed (multipart by default).
   * @example
   * await athena.documents.uploadClinicalDocumentFile('1', { departmentid: '1', documentsubclass: 'CLINICALDOCUMENT' }, { data: pdfBytes, contentType: 'application/pdf' });
   */
  uploadClinicalDocumentFile(patientId: string, params: Omit<UploadClinicalDocumentParams, 'attachmentcontents' | 'documentdata'>, file: FileUpload, options?: UploadOptions): APIPromise<DocumentWriteResult> {
    return this.#upload(ops.uploadClinicalDocument, { ...params, patientid: patientId }, file, options);
  }

  #upload(op: OperationSpec, params: Record<string, unknown>, file: FileUpload, options: UploadOptions | undefined): APIPromise<DocumentWriteResult> {
    const { encoding = 'multipart', ...requestOptions } = options ?? {};
    let make: (fields: [string, string][]) => StreamBody;
    try {
      make = bodyMaker(op, file, encoding);
    } catch (error) {
      // Bad input rejects, as the caller's own checks do, rather than throwing at the call.
      return rejectedAPIPromise(error);
    }
    return this.caller.upload(op, params, 'attachmentcontents', make, requestOptions);
  }
}

/** The streamed body's builder for the file and encoding; throws InvalidRequestError on bad input. */
function bodyMaker(op: OperationSpec, file: FileUpload, encoding: unknown): (fields: [string, string][]) => StreamBody {
  if (encoding !== 'multipart' && encoding !== 'base64') throw new InvalidRequestError(`${op.id}: encoding must be 'multipart' or 'base64'.`);
  const source = fileSource(file, op.id);
  return encoding === 'base64'
    ? (fields) => base64FormBody(fields, 'attachmentcontents', source)
    : (fields) => multipartBody(fields, 'attachmentcontents', file, source);
}
