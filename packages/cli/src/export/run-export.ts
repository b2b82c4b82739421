/**
 * Streams a paged list to NDJSON, page by page: the page being written and the next one,
 * which the SDK fetches meanwhile, are all that is in memory.
 * Writes go to `<out>.partial`; after each page is flushed, `<out>.state.json` records
 * how far it got. Run again after an interruption and it resumes from there; on
 * completion the partial file is renamed to `<out>` and the state removed. A file named
 * `<out>` is therefore always complete.
 */
import { existsSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { RequestAbortedError, type AthenaClient } from 'athenahealth-sdk';
import { CliError, describeFailure, ExitCode } from '../exit-codes.js';
import { note } from '../output.js';
import { createProgress } from './progress.js';
import type { ExportParams, ExportSource } from './sources.js';
import { readState, sameExport, writeState, type ExportState } from './state.js';

export interface ExportOptions {
  out: string;
  pageSize: number;
  /** Overwrite a complete `<out>`. */
  force: boolean;
  /** Discard a partial export instead of resuming it. */
  restart: boolean;
  signal: AbortSignal;
}

export async function runExport(athena: AthenaClient, source: ExportSource, params: ExportParams, options: ExportOptions): Promise<void> {
  const { out } = options;
  const partialPath = `${out}.partial`;
  const statePath = `${out}.state.json`;
  if (existsSync(out) && !options.force) {
    throw new CliError(`${out} already exists. Pass --force to overwrite it, or choose another --out.`);
  }

  let state: ExportState | undefined;
  try {
    state = options.restart ? undefined : readState(statePath);
  } catch {
    throw new CliError(`${statePath} is not a state file this tool wrote. Pass --restart to start the export over.`);
  }
  if (state && !sameExport(state, source.name, params, athena.practiceId)) {
    throw new CliError(
      `${partialPath} holds a partial export with other options. Rerun the earlier command to resume it, or pass --restart to start over.`,
    );
  }
  if (state && (!existsSync(partialPath) || statSync(partialPath).size < state.bytes)) {
    note(`${partialPath} is missing or shorter than ${statePath} says; starting over.`);
    state = undefined;
  }
  const now = new Date().toISOString();
  state ??= {
    version: 1,
    source: source.name,
    params,
    practiceId: athena.practiceId,
    count: 0,
    bytes: 0,
    nextPath: undefined,
    totalCount: undefined,
    startedAt: now,
    updatedAt: now,
  };
  if (state.count > 0) note(`Resuming the export of ${source.name} after record ${state.count}.`);

  // Drop whatever a crash left past the last complete page, then append from there.
  const file = await open(partialPath, state.count > 0 ? 'r+' : 'w', 0o600);
  const progress = createProgress(source.name, state.count);
  try {
    await file.truncate(state.bytes);
    // Recorded before the first page, so even an export that fails at once is marked as this one's.
    writeState(statePath, state);
    let position = state.bytes;
    const list = source.list(athena, params, { offset: state.count, limit: options.pageSize }, { signal: options.signal });
    for await (const page of list.byPage()) {
      if (page.items.length > 0) {
        const chunk = Buffer.from(page.items.map((item) => `${JSON.stringify(item)}\n`).join(''), 'utf8');
        await file.write(chunk, 0, chunk.length, position);
        await file.datasync();
        position += chunk.length;
      }
      state = { ...state, count: state.count + page.items.length, bytes: position, nextPath: page.next, totalCount: page.totalCount, updatedAt: new Date().toISOString() };
      writeState(statePath, state);
      progress.update(state.count, page.totalCount);
    }
  } catch (error) {
    progress.stop();
    await file.close();
    if (error instanceof RequestAbortedError || options.signal.aborted) {
      throw new CliError(
        `Interrupted after ${state.count} ${source.name}. The records so far are in ${partialPath}; run the same command again to resume.`,
        ExitCode.interrupted,
      );
    }
    const failure = describeFailure(error);
    throw new CliError(
      `Export stopped after ${state.count} ${source.name}: ${failure.message} The records so far are in ${partialPath}; run the same command again to resume.`,
      failure.exitCode,
    );
  }
  progress.stop();
  await file.close();
  await rename(partialPath, out);
  await rm(statePath, { force: true });
  const mismatch = state.totalCount !== undefined && state.totalCount !== state.count ? ` (athena reported ${state.totalCount}; the data may have changed during the export)` : '';
  note(`Exported ${state.count} ${source.name} to ${out}${mismatch}.`);
}
