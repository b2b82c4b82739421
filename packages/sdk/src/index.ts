export { AthenaClient } from './client.js';
export type { AthenaClientOptions, AthenaEnvironment } from './config.js';
export { DEFAULT_SCOPE, ENVIRONMENTS } from './config.js';
export type { RequestOptions } from './core/request-options.js';
export type { Logger, LogLevel } from './base/logger.js';
export type { Page } from './core/pagination.js';
export type { ListSection } from './core/shape.js';
export type { APIPromise, WithResponse } from './core/api-promise.js';
export type { ResponseInfo } from './core/response-info.js';
export { PagedList } from './core/pagination.js';
export type { AthenaRecord } from './core/resource.js';
export type { OperationSpec, ParamSpec, ResponseShape, HttpMethod, ParamType, ParamLocation } from './core/operation.js';
export { allOperations } from './api/index.js';
export {
  AthenaError,
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  SubscriptionRequiredError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  ServerError,
  ConnectionError,
  TimeoutError,
  RequestAbortedError,
  InvalidRequestError,
  ConfigurationError,
  CredentialProviderError,
  ResponseTooLargeError,
} from './base/errors.js';
export type { ApiErrorDetails } from './base/errors.js';
export type { JwsAlgorithm, PrivateKeyInput, PrivateJwk, WebCryptoPrivateKey, NodePrivateKeyObject } from './base/signing-key.js';
export type { CredentialProvider, CredentialRequest, ClientSecretOption, PrivateKeyOption } from './auth/client-credentials.js';
export type { TokenStore, StoredToken } from './auth/token-store.js';
export { MemoryTokenStore } from './auth/token-store.js';
export type { AttemptOutcome, RateLimiter, MemoryRateLimiterOptions } from './transport/rate-limiter.js';
export { MemoryRateLimiter, DEFAULT_MAX_IN_FLIGHT, DEFAULT_RATE_HEADROOM, spacingMs } from './transport/rate-limiter.js';
export { DEFAULT_QUOTA_RESERVE } from './transport/quota-pacing.js';
export type { TokenRefreshSettings } from './auth/token-manager.js';
export { FhirClient, FHIR_BASE_PATH } from './fhir/client.js';
export type { FhirOperationArgs } from './fhir/client.js';
export { FhirError } from './fhir/errors.js';
export { BulkExportJob } from './fhir/bulk/job.js';
export type { BulkExportEvents, BulkExportProgress, BulkExportResume } from './fhir/bulk/job.js';
export { BulkExportError } from './fhir/bulk/errors.js';
export type { BulkExportErrorCode } from './fhir/bulk/errors.js';
export type { BulkExportOptions } from './fhir/bulk/kickoff.js';
export type { BulkFile, BulkManifest } from './fhir/bulk/manifest.js';
export type { BulkExportState } from './fhir/bulk/state.js';
export type { FileProgress } from './fhir/bulk/download.js';
export type { BulkJobOptions } from './fhir/bulk/start.js';
export type { FhirIssue } from './fhir/errors.js';
export { FhirSearchResults } from './fhir/search-results.js';
export { FHIR_SEARCH_REQUIREMENTS } from './fhir/search-requirements.js';
export type { SearchCombinations } from './fhir/search-requirements.js';
export { FHIR_OPERATIONS } from './fhir/operations.js';
export type { FhirOperationName, FhirOperationSpec } from './fhir/operations.js';
export {
  toFhirPatientId,
  toFhirDepartmentId,
  toFhirPracticeId,
  toFhirChartSharingGroupId,
  toFhirPractitionerId,
  parseFhirId,
} from './fhir/ids.js';
export type { AthenaFhirId, AthenaIdKind } from './fhir/ids.js';
export { buildScope } from './fhir/scope.js';
export type { ScopeRequest } from './fhir/scope.js';
export type { Bundle, FhirResource, FhirResourceType, FhirSearchParams, FhirSearchValue, OperationOutcome, Parameters, Resource, ResourceOf } from './fhir/types.js';
export type { fhir4 } from './fhir/types.js';
// The record types, and every resource class and Params type of the generated API (src/api).
export type * from './api/types/index.js';
export type * from './api/index.js';
export { parseAthenaDate, parseAthenaDateTime, formatAthenaDateTime } from './core/dates.js';
// Types that public signatures mention, exported so they can be named (and documented).
export type { FetchLike } from './transport/send-fetch.js';
export type { RetrySettings } from './transport/policies/retry.js';
export type { RawResult } from './core/caller.js';
export type { HttpResponse, HttpRequest, Sender, StreamBody, ResponseStream } from './base/http.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './base/http.js';
export type { TextRedactor } from './base/redact.js';
export type { Deadline } from './base/deadline.js';
export type { NamedPolicy, PolicyPlacement, BuiltInPolicyName } from './transport/pipeline.js';
export type { Origin } from './base/http.js';
export type { ChangeRecordOf, ChangeFeed, PollOptions, WatchOptions } from './api/changes.helpers.js';
export type { MedicationList, MedicationEntry, AllergyInput } from './api/chart.helpers.js';
export type { FileUpload, FileData, UploadEncoding } from './core/upload.js';
export type { UploadOptions } from './api/documents.helpers.js';
