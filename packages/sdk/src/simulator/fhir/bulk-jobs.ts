/** The simulator's export jobs and settings, shared by the status, file and storage handlers. */
import type { BulkExportSettings } from './bulk-types.js';

/** One NDJSON file of a job: which slice of which type (or the job's error lines). */
export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly kind: 'output' | 'error';
  /** Where the file starts: the index in the job's patients (or list) and resources of it to skip. */
  readonly start: readonly [number, number];
  readonly count: number;
}

export interface ExportJob {
  readonly id: string;
  readonly request: string;
  readonly transactionTime: string;
  readonly settings: Required<BulkExportSettings>;
  polls: number;
  expired: boolean;
  files: ExportFile[] | undefined;
  /** Asked types the simulator does not serve: one OperationOutcome line each in the error file. */
  readonly unserved: string[];
  /** Live patients at kick-off, and the types exported. */
  readonly patientIds: string[];
  readonly types: string[];
  readonly system: boolean;
  /** `_since` after the simulator's seed time: nothing changed since, the files are empty. */
  readonly empty: boolean;
}

export interface BulkExportsState {
  settings: Required<BulkExportSettings>;
  readonly jobs: Map<string, ExportJob>;
  cutsLeft: number;
  downloads: number;
  readonly startedAt: Date;
}

export const DEFAULT_BULK_SETTINGS: Required<BulkExportSettings> = {
  pollsBeforeDone: 2,
  retryAfter: '1',
  resourcesPerFile: 1000,
  requiresAccessToken: true,
  acceptRanges: true,
};
