/**
 * `athena export LIST --out -`: the records as NDJSON on stdout, for pipes
 * (`athena export providers --out - | jq …`). No partial file, no state, so no resume:
 * an interrupted pipe is simply run again. Progress and the summary go to stderr.
 */
import { once } from 'node:events';
import { RequestAbortedError, type AthenaClient } from 'athenahealth-sdk';
import { CliError, describeFailure, ExitCode } from '../exit-codes.js';
import { note } from '../output.js';
import { createProgress } from './progress.js';
import type { ExportParams, ExportSource } from './sources.js';

export async function exportToStdout(athena: AthenaClient, source: ExportSource, params: ExportParams, options: { pageSize: number; signal: AbortSignal }): Promise<void> {
  const progress = createProgress(source.name, 0);
  let count = 0;
  let totalCount: number | undefined;
  try {
    const list = source.list(athena, params, { offset: 0, limit: options.pageSize }, { signal: options.signal });
    for await (const page of list.byPage()) {
      if (page.items.length > 0) {
        // Wait for a slow reader rather than holding every page in memory.
        if (!process.stdout.write(page.items.map((item) => `${JSON.stringify(item)}\n`).join(''))) await once(process.stdout, 'drain');
      }
      count += page.items.length;
      totalCount = page.totalCount;
      progress.update(count, totalCount);
    }
  } catch (error) {
    progress.stop();
    if (error instanceof RequestAbortedError || options.signal.aborted) {
      throw new CliError(`Interrupted after ${count} ${source.name} on stdout.`, ExitCode.interrupted);
    }
    const failure = describeFailure(error);
    throw new CliError(`Export stopped after ${count} ${source.name} on stdout: ${failure.message}`, failure.exitCode);
  }
  progress.stop();
  const mismatch = totalCount !== undefined && totalCount !== count ? ` (athena reported ${totalCount}; the data may have changed during the export)` : '';
  note(`Exported ${count} ${source.name} to stdout${mismatch}.`);
}
