/**
 * `DIR/.athena-fhir-export.json`: what `athena fhir export` needs to resume in DIR. It holds
 * the command's options, the SDK job's saved state (status URL, manifest, lines read per
 * file) and the size of each NDJSON file written, rewritten atomically after the files are
 * flushed, so it never claims more than they hold. File URLs may be signed: mode 0600.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BulkExportState } from 'athenahealth-sdk';

export interface FhirExportArgs {
  group?: string | undefined;
  patient?: boolean | undefined;
  types?: string[] | undefined;
  since?: string | undefined;
  typeFilters?: string[] | undefined;
}

export interface FhirExportState {
  version: 1;
  practiceId: string;
  args: FhirExportArgs;
  job: BulkExportState;
  /** Bytes of each output file (by file name) that the job's state accounts for. */
  written: Record<string, number>;
}

export const STATE_FILE = '.athena-fhir-export.json';

export function readExportState(path: string): FhirExportState | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const state = JSON.parse(text) as FhirExportState;
  if (state.version !== 1 || typeof state.written !== 'object' || state.written === null || typeof state.job !== 'object') throw new Error('unknown state format');
  return state;
}

export function writeExportState(path: string, state: FhirExportState): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

export function sameArgs(a: FhirExportArgs, b: FhirExportArgs): boolean {
  const norm = (x: FhirExportArgs) => JSON.stringify([x.group ?? null, x.patient === true, x.types ?? null, x.since ?? null, x.typeFilters ?? null]);
  return norm(a) === norm(b);
}
