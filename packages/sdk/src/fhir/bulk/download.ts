/**
 * Reads one output file line by line through the client's transport, resuming where it was
 * cut: with `Range: bytes=N-` when the server honours it (206 with the matching
 * Content-Range), otherwise from the start, skipping the lines already delivered. A line
 * is delivered once, whatever the number of cuts. Redirects are followed (up to 5), with
 * the token kept to the origin it was meant for.
 */
import { sleep } from '../../base/abort.js';
import { ConnectionError, TimeoutError } from '../../base/errors.js';
import type { HttpResponse, ResponseStream } from '../../base/http.js';
import type { OperationCaller } from '../../core/caller.js';
import type { RequestOptions } from '../../core/request-options.js';
import { fhirErrorFromResponse } from '../errors.js';
import { BulkExportError } from './errors.js';
import { LineSplitter, type Line } from './ndjson.js';
import { redirectTarget, type Target } from './output-url.js';

/** Where reading a file stands: lines delivered and the byte offset just past the last one. */
export interface FileProgress {
  lines: number;
  bytes: number;
  done: boolean;
}

export interface DownloadSettings {
  caller: OperationCaller;
  options: RequestOptions | undefined;
  maxLineBytes: number;
  /** Told each time a cut download starts again (for events and tests). */
  onResume?: (progress: FileProgress, usedRange: boolean) => void;
}

const MAX_REDIRECTS = 5;
/** Resumes in a row without a new line in between before the cut is the caller's error. */
const MAX_IDLE_RESUMES = 4;
const OPERATION = 'GET [bulk export file]';

/**
 * Yields the file's lines after `progress`, a chunk's worth at a time (one await per chunk,
 * not per line). The caller moves `progress` past each line as it hands it on, with
 * {@link deliver}: at any moment it says what the caller has received, and a cut download
 * starts again just after it.
 */
export async function* readLines(target: Target, progress: FileProgress, settings: DownloadSettings): AsyncGenerator<Line[]> {
  let idleResumes = 0;
  for (let attempt = 0; ; attempt++) {
    const linesBefore = progress.lines;
    let stream: ResponseStream | undefined;
    try {
      const ranged = progress.bytes > 0;
      const response = await open(target, ranged ? progress.bytes : undefined, settings);
      stream = response.stream as ResponseStream;
      const resumedAt = response.status === 206 ? checkedRangeStart(response, progress.bytes) : 0;
      if (attempt > 0 || progress.lines > 0) settings.onResume?.({ ...progress }, response.status === 206);
      // Without a range, the file starts over: the lines already delivered are skipped.
      let skip = resumedAt === 0 ? progress.lines : 0;
      const splitter = new LineSplitter(resumedAt, settings.maxLineBytes);
      for await (const chunk of stream) {
        let lines: Line[] = [];
        let failure: unknown;
        try {
          for (const line of splitter.push(chunk)) lines.push(line);
        } catch (error) {
          // A line too long: the complete lines before it are still delivered.
          failure = error;
        }
        if (skip > 0) {
          const dropped = Math.min(skip, lines.length);
          skip -= dropped;
          lines = lines.slice(dropped);
        }
        if (lines.length > 0) yield lines;
        if (failure !== undefined) throw failure;
      }
      const last = splitter.finish();
      if (last !== undefined) {
        if (skip > 0) skip--;
        else yield [last];
      }
      if (skip > 0) throw new BulkExportError('bad-answer', 'fhir.bulkExport: a file is shorter than when it was first read; it changed on the server.');
      progress.done = true;
      return;
    } catch (error) {
      stream?.cancel();
      if (!(error instanceof ConnectionError || error instanceof TimeoutError)) throw error;
      idleResumes = progress.lines > linesBefore ? 0 : idleResumes + 1;
      if (idleResumes > MAX_IDLE_RESUMES) throw error;
      await sleep(Math.min(100 * 2 ** idleResumes, 5000), settings.options?.signal);
    }
  }
}

/** Records one line as handed to the caller. */
export function deliver(progress: FileProgress, line: Line): void {
  progress.lines++;
  progress.bytes = line.end;
}

/** Sends the GET (following redirects) and returns the 2xx answer with its stream. */
async function open(first: Target, from: number | undefined, settings: DownloadSettings): Promise<HttpResponse> {
  let target = first;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { 'accept-encoding': 'identity' };
    if (from !== undefined) headers.range = `bytes=${from}-`;
    const { response, context } = await settings.caller.send(
      { method: 'GET', origin: target.origin, path: target.path, operation: OPERATION, accept: 'application/fhir+ndjson', headers, authenticate: target.authenticate, streamResponse: true },
      settings.options,
    );
    if (response.stream !== undefined) return response;
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location !== undefined) {
      if (hop >= MAX_REDIRECTS) throw new BulkExportError('bad-answer', `fhir.bulkExport: more than ${MAX_REDIRECTS} redirects for one file.`);
      target = redirectTarget(location, target);
      continue;
    }
    throw fhirErrorFromResponse(response, context);
  }
}

/** A 206 must start where it was asked to; anything else would splice the wrong bytes. */
function checkedRangeStart(response: HttpResponse, asked: number): number {
  const match = /^bytes (\d+)-/.exec(response.headers['content-range'] ?? '');
  if (match === null || Number(match[1]) !== asked) {
    response.stream?.cancel();
    throw new BulkExportError('bad-answer', 'fhir.bulkExport: the server answered a range request with other bytes than asked.');
  }
  return asked;
}
