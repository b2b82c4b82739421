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
// The adaptive rate's constants, for the Lua twin of its rules (redis/learning-scripts.ts).
export { CONFIRM_SHARE, DEEP_CUT, HOLD_MS, IDLE_MS, INITIAL_RATE, MAX_HOLD_MS, MAX_RATE, MIN_RATE, PROBE_GAIN, PROBE_USE, RAISED_LIMIT, RECOVERY_SHARE, SETTLE_HEADROOM, SLOW_START_CAP, SLOW_START_CAP_MS, SLOW_START_MIN_MS, SLOW_START_RTTS } from './transport/adaptive-rate.js';
export { DailyQuotaPacer } from './transport/quota-pacing.js';
export { RoundTripAverage } from './transport/round-trip.js';
export { rateLimitTimeout } from './transport/rate-limit-timeout.js';
export { slotToleranceMs, waitForSlot } from './transport/slot-wait.js';
export { SlotQueue } from './transport/slot-queue.js';
export { sleep } from './base/abort.js';
export { monotonicNow } from './base/clock.js';
// FHIR R4 declarations, for the simulator's FHIR server (types only).
export type * from './fhir/r4.js';
