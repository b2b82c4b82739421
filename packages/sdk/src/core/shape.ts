/**
 * Shapes a 2xx body as its operation declares: one record, an array, a write result
 * (athena reports some failed writes with HTTP 200), or as given; ids become strings.
 */
import { ApiError, NotFoundError } from '../base/errors.js';
import { isRecord, redactorOf, stringField, type DecodeContext } from '../base/decode.js';
import type { HttpResponse } from '../base/http.js';
import type { ResponseShape } from './operation.js';

/** Applies the operation's response shape to a 2xx body. */
export function shapeResult(body: unknown, shape: ResponseShape, response: HttpResponse, context: DecodeContext): unknown {
  switch (shape.kind) {
    case 'record':
      return normalizeIds(singleRecord(body, shape.collectionKey, response, context));
    case 'array':
      return normalizeIds(asArray(body));
    case 'write':
      return normalizeIds(checkWrite(body, response, context));
    case 'page':
    case 'raw':
      return normalizeIds(body);
    case 'text':
    case 'binary':
      // The caller reads these answers as they are (core/caller.ts documentResult).
      return body;
  }
}

/** One record from `{...}`, `[{...}]` or `{key: [{...}]}`; an empty answer is a NotFoundError. */
function singleRecord(body: unknown, collectionKey: string | undefined, response: HttpResponse, context: DecodeContext): unknown {
  let value = body;
  if (collectionKey && isRecord(value) && collectionKey in value) value = value[collectionKey];
  if (Array.isArray(value)) value = value[0];
  if (!isRecord(value)) {
    throw new NotFoundError({
      status: response.status,
      error: 'athena answered without a record',
      requestId: response.headers['x-request-id'],
      clientRequestId: context.clientRequestId,
      operation: context.operation,
      redactor: redactorOf(context),
    });
  }
  return value;
}

function asArray(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (body === undefined || body === null || body === '') return [];
  return [body];
}

/**
 * athena reports some failed writes with HTTP 200: `success: "false"`, a non-empty
 * `errormessage`, or a bare error string where `1` means success. Those become an ApiError.
 */
function checkWrite(body: unknown, response: HttpResponse, context: DecodeContext): unknown {
  const value = Array.isArray(body) && body.length === 1 ? body[0] : body;
  let failure: string | undefined;
  if (isRecord(value)) {
    const message = stringField(value.errormessage) ?? stringField(value.error);
    if (value.success === false || value.success === 'false') failure = message ?? 'athena reported success: false';
    else if (message) failure = message;
  } else if (typeof value === 'string' && value !== '' && value !== 'true' && value !== '1') {
    failure = value;
  }
  if (failure !== undefined) {
    throw new ApiError({
      status: response.status,
      error: failure,
      requestId: response.headers['x-request-id'],
      clientRequestId: context.clientRequestId,
      operation: context.operation,
      redactor: redactorOf(context),
      unsafeServerText: response.body,
    });
  }
  if (value === 1 || value === '1' || value === true || value === 'true' || value === undefined) return { success: true };
  return value;
}

/**
 * The section-level fields of a list answer: everything athena sent beside the list itself
 * (a chart list's `lastupdated`, `noproblemsreported`, `nkda`, `sectionnote`...). Paging
 * fields (`totalcount`, `next`, `previous`) are the page's, not the section's.
 */
export type ListSection = Readonly<Record<string, unknown>>;

const NOT_SECTION = new Set(['totalcount', 'next', 'previous', 'section']);

/** The fields of `body` other than the list under `listKey` and the paging fields; ids already normalized. */
export function sectionOf(body: unknown, listKey: string): ListSection {
  if (!isRecord(body)) return {};
  // fromEntries defines each field as its own property: a `__proto__` key stays a plain field.
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== listKey && !NOT_SECTION.has(key)));
}

/** `…id` fields and `npi`, but not amounts such as `amountpaid`. */
const ID_KEY = /^npi$|(?<!pa)id$/;

/**
 * Ids arrive as numbers on some endpoints and strings on others, and flip over time.
 * Every field named `…id` (and `npi`) that holds a number becomes a string, at any depth.
 */
export function normalizeIds<T>(value: T): T {
  // An explicit stack rather than recursion: a body nested deeper than the call stack must not throw.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (Array.isArray(current)) {
      for (const item of current) if (item !== null && typeof item === 'object') pending.push(item);
    } else if (isRecord(current)) {
      for (const key in current) {
        const field = current[key];
        if (typeof field === 'number') {
          if (ID_KEY.test(key)) current[key] = String(field);
        } else if (field !== null && typeof field === 'object') {
          pending.push(field);
        }
      }
    }
  }
  return value;
}
