/** Public types of the simulator's FHIR Bulk Data export (`sim.bulk`). */

export interface BulkExportSettings {
  /** Status polls answered 202 (with X-Progress) before the manifest. Default 2; 0 completes at once. */
  pollsBeforeDone?: number;
  /** `Retry-After` on each 202, in seconds; a fraction (`'0.01'`) keeps tests fast. Default `'1'`. */
  retryAfter?: string;
  /** Resources per NDJSON file; a type with more has several files. Default 1000. */
  resourcesPerFile?: number;
  /**
   * `true` (default): files on the simulator's origin, behind the bearer token.
   * `false`: files on a second loopback origin (a "storage host") behind signed URLs, which
   * refuses any request that carries an Authorization header.
   */
  requiresAccessToken?: boolean;
  /** Whether file downloads honour `Range: bytes=N-` (206). Default true. */
  acceptRanges?: boolean;
}

/**
 * The simulator's bulk export: `Group/{id}/$export`, `Patient/$export` and `$export` with
 * `Prefer: respond-async`; status at `/fhir/bulkstatus/{job}`, files at
 * `/fhir/bulkfiles/{job}/...` (or on the storage origin). The one group is
 * `a-{practiceId}.group-all`, every live patient. Types it does not serve are reported in
 * an error file. Generic faults (`sim.faults.failNext(..., { match: { path: /bulkstatus/ } })`)
 * match the full path of status and file requests.
 */
export interface SimulatorBulkExport {
  /**
   * Changes the settings for exports kicked off from now on.
   * @example
   * sim.bulk.configure({ pollsBeforeDone: 3, retryAfter: '0.01', requiresAccessToken: false });
   */
  configure(settings: BulkExportSettings): void;
  /**
   * The next `n` file downloads send their headers and about half of their bytes (cutting a
   * line in two), then the connection is destroyed.
   * @example
   * sim.bulk.cutNextDownloads(1);
   */
  cutNextDownloads(n: number): void;
  /**
   * Every job so far expires: its status URL answers 410 and its files 404.
   * @example
   * sim.bulk.expireJobs();
   */
  expireJobs(): void;
  /** The id of the simulator's one group. */
  readonly groupId: string;
  /** File downloads answered so far (whole or partial), by both origins. */
  readonly downloads: number;
}
