/**
 * A bulk export's saved state: enough to pick the job up in another process. It holds the
 * status URL, the manifest once known, and how far each file was read. Output URLs may be
 * signed: store the state as you would a credential (the CLI writes it with mode 0600).
 */
import { isRecord } from '../../base/decode.js';
import type { FileProgress } from './download.js';
import { BulkExportError } from './errors.js';
import { readManifest, type BulkManifest } from './manifest.js';

export interface BulkExportState {
  readonly version: 1;
  /** The status URL (`Content-Location` of the kick-off). */
  readonly statusUrl: string;
  readonly manifest?: BulkManifest | undefined;
  /** By file URL: lines delivered, byte offset just past the last one, and whether the file is finished. */
  readonly files: Readonly<Record<string, FileProgress>>;
}

/** Checks a state read back from JSON; anything off is a `bad-state` BulkExportError. */
export function readState(value: unknown): BulkExportState {
  if (!isRecord(value) || value.version !== 1 || typeof value.statusUrl !== 'string') throw bad('it is not a saved bulk export (version 1 with a statusUrl)');
  let manifest: BulkManifest | undefined;
  if (value.manifest !== undefined) {
    try {
      const given = value.manifest as Record<string, unknown>;
      // Saved manifests list both kinds with `kind`; readManifest wants the server's shape back.
      manifest = readManifest({ ...given, output: strip(given.output), error: strip(given.error) });
    } catch {
      throw bad('its manifest is malformed');
    }
  }
  const files: Record<string, FileProgress> = {};
  const given = value.files ?? {};
  if (!isRecord(given)) throw bad('files is not an object');
  for (const url of Object.keys(given)) {
    const entry = given[url];
    if (!isRecord(entry) || !count(entry.lines) || !count(entry.bytes) || typeof entry.done !== 'boolean') throw bad('a file entry needs lines, bytes and done');
    files[url] = { lines: entry.lines as number, bytes: entry.bytes as number, done: entry.done };
  }
  return { version: 1, statusUrl: value.statusUrl, manifest, files };
}

function strip(list: unknown): unknown {
  return Array.isArray(list) ? list.map((entry) => (isRecord(entry) ? { type: entry.type, url: entry.url, count: entry.count } : entry)) : list;
}

function count(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function bad(why: string): BulkExportError {
  return new BulkExportError('bad-state', `fhir.resumeBulkExport: the saved state cannot be resumed: ${why}.`);
}
