/**
 * The `athena` tool's exit codes, one per kind of failure, so scripts can tell
 * "you typed it wrong" from "athena said no" from "the network is down".
 */
import {
  AthenaError,
  ApiError,
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RequestAbortedError,
  TimeoutError,
} from 'athenahealth-sdk';

export const ExitCode = {
  ok: 0,
  /** A bug or an unexpected failure in the tool itself. */
  internal: 1,
  /** Bad arguments, missing or invalid configuration. */
  usage: 2,
  /** athena refused the credentials (401, or the token endpoint refusing the client) or the permission (403). */
  auth: 3,
  /** athena answered 404: the record, practice or path does not exist. */
  notFound: 4,
  /** Any other answer of athena that is a failure (400, 409, 429, 5xx; also a failing or throttling token endpoint). */
  api: 5,
  /** The connection failed or a time limit ran out (also at the token endpoint). */
  network: 6,
  /** Interrupted (Ctrl-C, SIGTERM). */
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure the tool itself detected, with the exit code and a message that says what to do. */
export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: ExitCodeValue;

  constructor(message: string, exitCode: ExitCodeValue = ExitCode.usage) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The exit code and a one-line hint for an error thrown by the SDK or the tool. */
export function describeFailure(error: unknown): { exitCode: ExitCodeValue; message: string } {
  if (error instanceof CliError) return { exitCode: error.exitCode, message: error.message };
  // SDK messages never hold secrets, tokens, query values or bodies; they are safe to print.
  const text = error instanceof Error ? error.message : String(error);
  if (error instanceof ConfigurationError) {
    return { exitCode: ExitCode.usage, message: `${text} Or save credentials with 'athena profile set NAME' and pass --profile NAME.` };
  }
  if (error instanceof InvalidRequestError) return { exitCode: ExitCode.usage, message: text };
  // The token endpoint failing (5xx, 429) is not a refusal of the credentials: athena is failing,
  // and nothing was sent to the API. (Its timeouts and connection errors are "could not reach", below.)
  if (error instanceof ApiError && error.fromTokenEndpoint && !(error instanceof AuthenticationError)) {
    return { exitCode: ExitCode.api, message: `athena's token endpoint is failing: ${text} Nothing was sent to the API; try again later.` };
  }
  if (error instanceof AuthenticationError) {
    return {
      exitCode: ExitCode.auth,
      message: `Authentication failed: ${text} Check ATHENA_CLIENT_ID, ATHENA_CLIENT_SECRET (or the private key and its registered JWKS) and the environment (or your --profile).`,
    };
  }
  if (error instanceof PermissionDeniedError) {
    return { exitCode: ExitCode.auth, message: `Permission denied: ${text} Ask your athena administrator for access to this API.` };
  }
  if (error instanceof NotFoundError) {
    return { exitCode: ExitCode.notFound, message: `Not found: ${text} Check the id, the practice id and the path.` };
  }
  if (error instanceof ApiError) return { exitCode: ExitCode.api, message: `athena refused the request: ${text}` };
  if (error instanceof ConnectionError || error instanceof TimeoutError) {
    return {
      exitCode: ExitCode.network,
      message: `Could not reach athena: ${text} Check ATHENA_BASE_URL and your network, then try again.`,
    };
  }
  if (error instanceof RequestAbortedError) return { exitCode: ExitCode.interrupted, message: 'Interrupted.' };
  if (error instanceof AthenaError) return { exitCode: ExitCode.api, message: text };
  return { exitCode: ExitCode.internal, message: `Unexpected error: ${error instanceof Error ? error.name : 'unknown'}: ${text}` };
}
