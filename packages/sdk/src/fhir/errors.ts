/**
 * athena's FHIR server reports failures as an `OperationOutcome`. Such answers become a
 * FhirError with the issues listed; anything else (gateway pages, token refusals) is
 * mapped like a REST error. Messages carry athena's own issue text, never the request:
 * the call's values and credentials in it are redacted, and each text is cut short.
 */
import { ApiError, type ApiErrorDetails } from '../base/errors.js';
import { isRecord, parseBody, errorFromResponse, redactorOf, type DecodeContext } from '../base/decode.js';
import { cleanServerText, CREDENTIALS_ONLY, type TextRedactor } from '../base/redact.js';
import { parseRetryAfterMs } from '../base/retry-after.js';
import type { HttpResponse } from '../base/http.js';

/** One `OperationOutcome.issue`. */
export interface FhirIssue {
  /** `fatal` | `error` | `warning` | `information`. */
  severity: string;
  /** FHIR issue type, e.g. `forbidden`, `not-found`, `invalid`. */
  code: string;
  diagnostics: string | undefined;
  /** `details.text`, where athena puts its explanation. */
  detailsText: string | undefined;
}

/**
 * The FHIR server answered with an OperationOutcome. `status` is the HTTP status. The
 * issues' texts are redacted like `error` (see {@link ApiError}); the raw body is on
 * `unsafeServerText`, which may hold patient data.
 * @example
 * const error = await athena.fhir.read('Patient', 'a-195900.E-1').catch((e) => e);
 * if (error instanceof FhirError) console.log(error.status, error.issues[0]?.code);
 */
export class FhirError extends ApiError {
  override name = 'FhirError';
  readonly issues: readonly FhirIssue[];

  constructor(details: ApiErrorDetails, issues: readonly FhirIssue[]) {
    super(details);
    const redactor = details.redactor ?? CREDENTIALS_ONLY;
    this.issues = issues.map((issue) => cleanIssue(issue, redactor));
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

function cleanIssue(issue: FhirIssue, redactor: TextRedactor): FhirIssue {
  return {
    severity: cleanServerText(issue.severity, redactor, 40) as string,
    code: cleanServerText(issue.code, redactor, 40) as string,
    diagnostics: cleanServerText(issue.diagnostics, redactor),
    detailsText: cleanServerText(issue.detailsText, redactor),
  };
}

/** The issues of an OperationOutcome body, or undefined when the body is not one. */
export function readOperationOutcome(body: unknown): FhirIssue[] | undefined {
  if (!isRecord(body) || body.resourceType !== 'OperationOutcome') return undefined;
  const issues = Array.isArray(body.issue) ? body.issue : [];
  return issues.filter(isRecord).map((issue) => ({
    severity: typeof issue.severity === 'string' ? issue.severity : 'error',
    code: typeof issue.code === 'string' ? issue.code : 'unknown',
    diagnostics: typeof issue.diagnostics === 'string' ? issue.diagnostics : undefined,
    detailsText: isRecord(issue.details) && typeof issue.details.text === 'string' ? issue.details.text : undefined,
  }));
}

/** The typed error for a failed FHIR answer. */
export function fhirErrorFromResponse(response: HttpResponse, context: DecodeContext): ApiError {
  const issues = readOperationOutcome(parseBody(response.body));
  if (issues === undefined) return errorFromResponse(response, context);
  const first = issues[0];
  const text = first ? (first.diagnostics ?? first.detailsText ?? `${first.severity} ${first.code}`) : undefined;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
  return new FhirError(
    {
      status: response.status,
      error: text === undefined ? undefined : `${text.replace(/\.+$/, '')}${more}`,
      requestId: response.headers['x-request-id'],
      clientRequestId: context.clientRequestId,
      operation: context.operation,
      retryAfterMs: parseRetryAfterMs(response.headers),
      redactor: redactorOf(context),
      unsafeServerText: response.body,
    },
    issues,
  );
}
