/**
 * `athena fhir export`: a FHIR bulk export into a directory, one NDJSON file per resource
 * type (`Patient.ndjson`, ...; what the server could not export in `OperationOutcome.ndjson`).
 * Resources are appended as they stream in; every few hundred, the files are flushed and
 * the state file rewritten. Interrupted (Ctrl-C, a failure), the same command resumes:
 * polling if the export was still running, otherwise reading on from where the state
 * says, files cut back to the size it records, finished files not downloaded again.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { RequestAbortedError, type AthenaClient, type BulkExportJob } from 'athenahealth-sdk';
import { CliError, describeFailure, ExitCode } from '../exit-codes.js';
import { note } from '../output.js';
import { createProgress } from '../export/progress.js';
import { readExportState, sameArgs, STATE_FILE, writeExportState, type FhirExportArgs, type FhirExportState } from './state.js';

export interface FhirExportOptions {
  out: string;
  force: boolean;
  restart: boolean;
  signal: AbortSignal;
}

/** Resources between two flushes of the files and the state. */
const SAVE_EVERY = 500;

export async function runFhirExport(athena: AthenaClient, args: FhirExportArgs, options: FhirExportOptions): Promise<void> {
  const dir = options.out;
  mkdirSync(dir, { recursive: true });
  const statePath = join(dir, STATE_FILE);
  let saved: FhirExportState | undefined;
  try {
    saved = options.restart ? undefined : readExportState(statePath);
  } catch {
    throw new CliError(`${statePath} is not a state file this tool wrote. Pass --restart to start the export over.`);
  }
  if (saved && (saved.practiceId !== athena.practiceId || !sameArgs(saved.args, args))) {
    throw new CliError(`${dir} holds a partial export with other options. Rerun the earlier command to resume it, or pass --restart to start over.`);
  }
  if (!saved && !options.force && readdirSync(dir).some((name) => name.endsWith('.ndjson'))) {
    throw new CliError(`${dir} already holds NDJSON files. Pass --force to overwrite them, or choose another --out.`);
  }

  const requestOptions = { signal: options.signal };
  let job: BulkExportJob;
  const written: Record<string, number> = { ...(saved?.written ?? {}) };
  if (saved) {
    job = athena.fhir.resumeBulkExport(saved.job, {}, requestOptions);
    note(`Resuming the export in ${dir}.`);
  } else {
    for (const name of readdirSync(dir)) if (name.endsWith('.ndjson')) await rm(join(dir, name));
    job = await athena.fhir.bulkExport(args, requestOptions);
  }
  const save = () => writeExportState(statePath, { version: 1, practiceId: athena.practiceId, args, job: job.save(), written });
  save();

  const files = new Map<string, { handle: FileHandle; position: number; pending: string[] }>();
  const flush = async () => {
    for (const [name, file] of files) {
      if (file.pending.length === 0) continue;
      const chunk = Buffer.from(file.pending.join(''), 'utf8');
      file.pending = [];
      await file.handle.write(chunk, 0, chunk.length, file.position);
      await file.handle.datasync();
      file.position += chunk.length;
      written[name] = file.position;
    }
    save();
  };
  const fileFor = async (name: string) => {
    let file = files.get(name);
    if (file === undefined) {
      const path = join(dir, name);
      const position = written[name] ?? 0;
      const handle = await open(path, existsSync(path) ? 'r+' : 'w', 0o600);
      // Drop whatever a crash left past the last recorded flush.
      await handle.truncate(position);
      files.set(name, (file = { handle, position, pending: [] }));
    }
    return file;
  };

  let count = 0;
  let issues = 0;
  const byType: Record<string, number> = {};
  const progress = createProgress('resources', 0);
  try {
    if (process.stderr.isTTY) job.on('progress', (p) => process.stderr.write(`\rWaiting for the export${p.progress ? `: ${p.progress}` : ''}   `));
    const manifest = await job.manifest();
    save();
    const total = manifest.output.reduce((n, f) => n + (f.count ?? 0), 0) || undefined;
    // Resources of files read before an interruption count as done.
    for (const file of manifest.output) count += job.progressOf(file).lines;
    let sinceSave = 0;
    const take = async (name: string, line: string) => {
      (await fileFor(name)).pending.push(line);
      if (++sinceSave >= SAVE_EVERY) {
        sinceSave = 0;
        await flush();
      }
    };
    for (const type of [...new Set(manifest.output.map((f) => f.type))]) {
      for await (const resource of job.resources(type)) {
        await take(`${type}.ndjson`, `${JSON.stringify(resource)}\n`);
        count++;
        byType[type] = (byType[type] ?? 0) + 1;
        progress.update(count, total);
        if (options.signal.aborted) throw new RequestAbortedError('interrupted');
      }
      // A finished type is recorded at once: a resume will not download it again.
      sinceSave = 0;
      await flush();
    }
    for await (const outcome of job.issues()) {
      await take('OperationOutcome.ndjson', `${JSON.stringify(outcome)}\n`);
      issues++;
    }
    await flush();
  } catch (error) {
    progress.stop();
    await flush().catch(() => {});
    await closeAll(files);
    if (error instanceof RequestAbortedError || options.signal.aborted) {
      throw new CliError(`Interrupted after ${count} resources. They are in ${dir}; run the same command again to resume.`, ExitCode.interrupted);
    }
    const failure = describeFailure(error);
    throw new CliError(`Export stopped after ${count} resources: ${failure.message} Run the same command again to resume.`, failure.exitCode);
  }
  progress.stop();
  await closeAll(files);
  await rm(statePath, { force: true });
  const types = Object.entries(byType).map(([type, n]) => `${type} ${n}`).join(', ');
  note(`Exported ${count} resources to ${dir}${types ? ` (${types} this run)` : ''}.${issues > 0 ? ` The server reported ${issues} issue${issues === 1 ? '' : 's'}: see OperationOutcome.ndjson.` : ''}`);
}

async function closeAll(files: Map<string, { handle: FileHandle }>): Promise<void> {
  for (const file of files.values()) await file.handle.close().catch(() => {});
}
