/**
 * A running (or finished) bulk export: polls the status URL, gives the manifest, reads the
 * files as resources, cancels, and saves its state for another process to resume.
 */
import { sleep } from '../../base/abort.js';
import { isRecord, parseBody } from '../../base/decode.js';
import type { Origin } from '../../base/http.js';
import { cleanServerText, CREDENTIALS_ONLY } from '../../base/redact.js';
import { parseRetryAfterMs } from '../../base/retry-after.js';
import type { OperationCaller } from '../../core/caller.js';
import type { RequestOptions } from '../../core/request-options.js';
import { fhirErrorFromResponse } from '../errors.js';
import type { FhirResource, OperationOutcome } from '../types.js';
import { deliver, readLines, type FileProgress } from './download.js';
import { BulkExportError } from './errors.js';
import { readManifest, type BulkFile, type BulkManifest } from './manifest.js';
import { outputTarget } from './output-url.js';
import type { BulkExportState } from './state.js';

/** What a `progress` listener gets after each poll that found the export still running. */
export interface BulkExportProgress {
  /** Polls so far, this one included. */
  readonly polls: number;
  /** The server's `X-Progress` text (e.g. "40% complete"), cleaned and cut to 100 characters. */
  readonly progress: string | undefined;
  /** How long until the next poll. */
  readonly nextPollMs: number;
}

/** What a `resume` listener gets when a cut download starts again. */
export interface BulkExportResume {
  readonly type: string;
  /** Lines already delivered from this file. */
  readonly lines: number;
  /** Whether the server honoured the range request (otherwise the delivered lines are read again and skipped). */
  readonly usedRange: boolean;
}

/** The events of a {@link BulkExportJob} and what each listener receives. */
export interface BulkExportEvents {
  progress: BulkExportProgress;
  resume: BulkExportResume;
}

export interface JobSettings {
  caller: OperationCaller;
  fhirOrigin: Origin;
  /** `origin + /fhir/r4/`: relative URLs resolve against it. */
  fhirBase: string;
  statusPath: string;
  statusUrl: string;
  options: RequestOptions | undefined;
  pollIntervalMs: number;
  maxPollIntervalMs: number;
  maxLineBytes: number;
}

/**
 * 429 and 5xx answers in a row (each after the client's own retries) taken as "poll again":
 * a poll changes nothing, and the reference server's transient failures repeat.
 */
const MAX_POLL_FAILURES = 3;
const STATUS_OPERATION = 'GET [bulk export status]';

export class BulkExportJob {
  /** The status URL: where the job is polled, cancelled and, saved, resumed. */
  readonly statusUrl: string;
  readonly #settings: JobSettings;
  #manifest: BulkManifest | undefined;
  #polling: Promise<BulkManifest> | undefined;
  readonly #files: Map<string, FileProgress>;
  readonly #reading = new Set<string>();
  readonly #cancel = new AbortController();
  readonly #listeners: { [K in keyof BulkExportEvents]: Set<(event: BulkExportEvents[K]) => void> } = { progress: new Set(), resume: new Set() };

  /** @internal `athena.fhir.bulkExport()` and `resumeBulkExport()` build jobs. */
  constructor(settings: JobSettings, saved?: BulkExportState) {
    this.#settings = settings;
    this.statusUrl = settings.statusUrl;
    this.#manifest = saved?.manifest;
    this.#files = new Map(Object.entries(saved?.files ?? {}).map(([url, p]) => [url, { ...p }]));
  }

  /**
   * Listens to `progress` (each poll of a running export) or `resume` (a cut download
   * starting again). Returns a function that removes the listener.
   * @example
   * job.on('progress', (p) => console.log(p.progress ?? `poll ${p.polls}`));
   */
  on<K extends keyof BulkExportEvents>(event: K, listener: (event: BulkExportEvents[K]) => void): () => void {
    const set = this.#listeners[event] as Set<(event: BulkExportEvents[K]) => void>;
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * Waits for the export to complete (polling the status URL as the server asks) and gives
   * the manifest. Called again, it gives the same promise; a resumed job that had its
   * manifest does not poll at all.
   * @example
   * const manifest = await job.manifest();
   * console.log(manifest.transactionTime, manifest.output.length);
   */
  manifest(): Promise<BulkManifest> {
    if (this.#manifest !== undefined) return Promise.resolve(this.#manifest);
    return (this.#polling ??= this.#poll().then((manifest) => (this.#manifest = manifest)));
  }

  /**
   * The manifest's files, output then error files, for callers who download themselves.
   * @example
   * for (const file of await job.files()) console.log(file.kind, file.type, file.count);
   */
  async files(): Promise<BulkFile[]> {
    const manifest = await this.manifest();
    return [...manifest.output, ...manifest.error];
  }

  /**
   * Every resource of the output files (of one type, if given), file by file, streamed line
   * by line: memory stays flat however many there are. Files already read (by this job or
   * the one it was resumed from) are skipped; a file cut short resumes after its last
   * delivered line. A resource counts as delivered once the loop has it: `save()` after
   * handling it.
   * @example
   * for await (const condition of job.resources('Condition')) await db.insert(condition);
   */
  resources<T extends FhirResource = FhirResource>(type?: string): AsyncIterable<T> {
    return this.#read<T>('output', type);
  }

  /**
   * The OperationOutcome resources of the manifest's error files: what the server could not
   * export, and why. Their text may name patients: handle it as patient data.
   * @example
   * for await (const outcome of job.issues()) console.warn(outcome.issue[0]?.diagnostics);
   */
  issues(): AsyncIterable<OperationOutcome> {
    return this.#read<OperationOutcome>('error');
  }

  /**
   * Cancels the export: `DELETE` on the status URL (the server stops the job or deletes its
   * files), and polling stops with a `cancelled` BulkExportError. A job already gone is fine.
   * @example
   * setTimeout(() => void job.cancel(), 3_600_000); // give up after an hour
   */
  async cancel(): Promise<void> {
    this.#cancel.abort(new BulkExportError('cancelled', 'fhir.bulkExport: the export was cancelled.'));
    const { caller, fhirOrigin, statusPath, options } = this.#settings;
    const { response, context } = await caller.send(
      { method: 'DELETE', origin: fhirOrigin, path: statusPath, operation: 'DELETE [bulk export status]', accept: 'application/fhir+json' },
      options,
    );
    if ((response.status >= 200 && response.status < 300) || response.status === 404 || response.status === 410) return;
    throw fhirErrorFromResponse(response, context);
  }

  /**
   * The job's state as a plain object for `JSON.stringify`: give it (parsed back) to
   * `athena.fhir.resumeBulkExport()` in any process to carry on. It holds file URLs, which
   * may be signed: store it like a credential.
   * @example
   * await writeFile('export-state.json', JSON.stringify(job.save()), { mode: 0o600 });
   */
  save(): BulkExportState {
    const files: Record<string, FileProgress> = {};
    for (const [url, p] of this.#files) files[url] = { ...p };
    return { version: 1, statusUrl: this.statusUrl, manifest: this.#manifest, files };
  }

  /**
   * Where a file stands: how many of its lines were delivered, and whether it is finished.
   * @example
   * for (const file of await job.files()) console.log(file.type, job.progressOf(file).lines, file.count);
   */
  progressOf(file: Pick<BulkFile, 'url'>): Readonly<FileProgress> {
    return { ...(this.#files.get(file.url) ?? { lines: 0, bytes: 0, done: false }) };
  }

  async *#read<T>(kind: 'output' | 'error', type?: string): AsyncGenerator<T> {
    const manifest = await this.manifest();
    const { caller, fhirOrigin, fhirBase, options, maxLineBytes } = this.#settings;
    const list = (kind === 'output' ? manifest.output : manifest.error).filter((f) => type === undefined || f.type === type);
    for (const [index, file] of list.entries()) {
      let progress = this.#files.get(file.url);
      if (progress === undefined) this.#files.set(file.url, (progress = { lines: 0, bytes: 0, done: false }));
      if (progress.done) continue;
      if (this.#reading.has(file.url)) throw new BulkExportError('bad-state', `fhir.bulkExport: the ${file.type} file ${index + 1} is already being read by another loop.`);
      this.#reading.add(file.url);
      try {
        const target = outputTarget(file.url, fhirOrigin, fhirBase, manifest.requiresAccessToken);
        const lines = readLines(target, progress, {
          caller,
          options,
          maxLineBytes,
          onResume: (p, usedRange) => this.#emit('resume', { type: file.type, lines: p.lines, usedRange }),
        });
        for await (const batch of lines) {
          for (const line of batch) {
            deliver(progress, line);
            if (line.text === '' || line.text.trim() === '') continue;
            yield parseLine(line.text, file, index, progress.lines) as T;
          }
        }
      } finally {
        this.#reading.delete(file.url);
      }
    }
  }

  async #poll(): Promise<BulkManifest> {
    const { caller, fhirOrigin, statusPath, options } = this.#settings;
    const signal = options?.signal === undefined ? this.#cancel.signal : AbortSignal.any([this.#cancel.signal, options.signal]);
    let failures = 0;
    for (let polls = 1; ; polls++) {
      if (this.#cancel.signal.aborted) throw this.#cancel.signal.reason;
      const { response, context } = await caller.send(
        { method: 'GET', origin: fhirOrigin, path: statusPath, operation: STATUS_OPERATION, accept: 'application/json' },
        { ...options, signal },
      ).catch((error: unknown) => {
        throw this.#cancel.signal.aborted ? this.#cancel.signal.reason : error;
      });
      let waitMs: number;
      if (response.status === 200) return readManifest(parseBody(response.body));
      if (response.status === 202) {
        failures = 0;
        waitMs = this.#nextPollMs(response.headers);
        this.#emit('progress', { polls, progress: cleanProgress(response.headers['x-progress']), nextPollMs: waitMs });
      } else if (response.status === 404 || response.status === 410) {
        throw new BulkExportError('expired', `fhir.bulkExport: the export's status URL answered ${response.status}: the job expired or was deleted; start a new export.`, { status: response.status });
      } else if ((response.status === 429 || response.status >= 500) && failures < MAX_POLL_FAILURES) {
        failures++;
        waitMs = this.#nextPollMs(response.headers);
      } else {
        throw fhirErrorFromResponse(response, context);
      }
      try {
        await sleep(waitMs, signal);
      } catch (error) {
        throw this.#cancel.signal.aborted ? this.#cancel.signal.reason : error;
      }
    }
  }

  /** The server's Retry-After, within [0, maxPollIntervalMs]: an absurd one (an epoch timestamp) is not slept through. */
  #nextPollMs(headers: Record<string, string>): number {
    const { pollIntervalMs, maxPollIntervalMs } = this.#settings;
    const asked = parseRetryAfterMs(headers);
    return Math.min(asked ?? pollIntervalMs, maxPollIntervalMs);
  }

  #emit<K extends keyof BulkExportEvents>(event: K, value: BulkExportEvents[K]): void {
    for (const listener of this.#listeners[event] as Set<(event: BulkExportEvents[K]) => void>) {
      try {
        listener(value);
      } catch {
        // A listener's bug must not stop the export.
      }
    }
  }
}

function parseLine(text: string, file: BulkFile, index: number, lineNumber: number): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  // The line itself is patient data: the message names only its place.
  if (!isRecord(value) || typeof value.resourceType !== 'string') {
    throw new BulkExportError('bad-answer', `fhir.bulkExport: line ${lineNumber} of ${file.kind} file ${index + 1} (${file.type}) is not a FHIR resource.`);
  }
  return value;
}

function cleanProgress(text: string | undefined): string | undefined {
  return cleanServerText(text, CREDENTIALS_ONLY, 100);
}
