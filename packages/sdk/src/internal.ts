/**
 * The SDK's internal entry, for its outer rings only: the simulator and the Redis module
 * (and the repo's benchmarks) import what they need of the core from here or from
 * index.ts, never from a layer directly. Not part of the public API: it is not in the
 * package's exports map and may change in any release.
 */
export { throwIfAborted } from './base/abort.js';
export { findMissingParams, pathParamNames, type OperationSpec } from './core/operation.js';
export { formatAthenaDateTime, parseAthenaDateTime } from './core/dates.js';
export { allOperations } from './api/index.js';
export { parseFhirId, toFhirChartSharingGroupId, toFhirDepartmentId, toFhirPatientId, toFhirPracticeId, toFhirPractitionerId } from './fhir/ids.js';
export { FHIR_OPERATIONS } from './fhir/operations.js';
export { describeCombinations, meetsSearchRequirements, searchCombinations, type SearchCombinations } from './fhir/search-requirements.js';
export { TokenBudget } from './auth/token-budget.js';
export { DailyQuotaPacer } from './transport/quota-pacing.js';
export { rateLimitTimeout } from './transport/rate-limit-timeout.js';
export { slotToleranceMs, waitForSlot } from './transport/slot-wait.js';
export { SlotQueue } from './transport/slot-queue.js';
export { sleep } from './base/abort.js';
export { monotonicNow } from './base/clock.js';
// FHIR R4 declarations, for the simulator's FHIR server (types only).
export type * from './fhir/r4.js';
