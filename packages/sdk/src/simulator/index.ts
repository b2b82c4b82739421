/**
 * `athenahealth-sdk/simulator`: a local athenahealth for tests, examples and benchmarks.
 * Token endpoint, REST API driven by the SDK's operation table, seeded data, faults.
 */
export { startSimulator } from './server.js';
export type {
  FailOptions,
  FaultMatch,
  FaultScope,
  FaultTarget,
  PublicJwk,
  RateLimitOptions,
  RecordedRequest,
  Simulator,
  SimulatorFaults,
  SimulatorOptions,
  SimulatorStats,
  SoftFailOptions,
  ThrottleSettings,
} from './types.js';
export type { BulkExportSettings, SimulatorBulkExport } from './fhir/bulk-types.js';
