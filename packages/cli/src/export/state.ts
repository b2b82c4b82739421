/**
 * The sidecar state of an export in progress, `<out>.state.json`. It is rewritten
 * atomically after each page has been written and flushed to `<out>.partial`, so it
 * never claims more than the partial file holds; bytes past `bytes` (a page cut
 * short by a crash) are dropped when the export resumes.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ExportParams } from './sources.js';

export interface ExportState {
  version: 1;
  source: string;
  params: ExportParams;
  practiceId: string;
  /** Records written so far: also the offset the next request starts from. */
  count: number;
  /** Size of the partial file after the last complete page. */
  bytes: number;
  /** athena's `next` path after the last complete page, for the record (resuming uses `count` as the offset). */
  nextPath: string | undefined;
  totalCount: number | undefined;
  startedAt: string;
  updatedAt: string;
}

export function readState(path: string): ExportState | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const state = JSON.parse(text) as ExportState;
  if (state.version !== 1 || !Number.isInteger(state.count) || !Number.isInteger(state.bytes)) throw new Error('unknown state format');
  return state;
}

export function writeState(path: string, state: ExportState): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

export function sameExport(state: ExportState, source: string, params: ExportParams, practiceId: string): boolean {
  const keys = (p: ExportParams) => JSON.stringify(Object.entries(p).sort(([a], [b]) => a.localeCompare(b)));
  return state.source === source && state.practiceId === practiceId && keys(state.params) === keys(params);
}
