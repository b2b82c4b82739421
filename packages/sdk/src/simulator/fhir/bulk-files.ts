/**
 * A job's NDJSON files: laid out once when the job completes (how many resources of each
 * type, in files of `resourcesPerFile`), built on each download from the job's patient
 * snapshot. Downloads honour `Range: bytes=N-` (unless configured not to) and take the
 * `cutNextDownloads` fault.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { toFhirPatientId, type FhirResource } from '../../internal.js';
import { countStatus } from '../stats.js';
import type { Exchange, SimState } from '../state.js';
import type { BulkExportsState, ExportFile, ExportJob } from './bulk-jobs.js';
import { allOrganizations, allPractitioners } from './directory.js';
import { fhirTypeRow, type FhirContext } from './resource-types.js';

/** The resources of one type for the job's unit `index` (a patient, or the whole list for directory types). */
function unitResources(state: SimState, job: ExportJob, type: string, index: number): FhirResource[] {
  const practiceId = state.options.practiceId;
  if (type === 'Practitioner') return index === 0 ? allPractitioners(practiceId) : [];
  if (type === 'Organization') return index === 0 ? allOrganizations(practiceId) : [];
  const ctx: FhirContext = { practiceId, data: state.data };
  const row = fhirTypeRow(type);
  const patientId = job.patientIds[index];
  if (row === undefined || patientId === undefined) return [];
  const fhirId = toFhirPatientId(practiceId, patientId);
  if (type === 'Patient') {
    const patient = row.read(ctx, fhirId);
    return patient === undefined ? [] : [patient];
  }
  return row.search(ctx, { patient: `Patient/${fhirId}` });
}

function unitCount(job: ExportJob, type: string): number {
  return type === 'Practitioner' || type === 'Organization' ? 1 : job.patientIds.length;
}

export function layoutFiles(state: SimState, job: ExportJob): ExportFile[] {
  const files: ExportFile[] = [];
  const perFile = job.settings.resourcesPerFile;
  for (const type of job.empty ? [] : job.types) {
    let start: [number, number] = [0, 0];
    let inFile = 0;
    const units = unitCount(job, type);
    for (let unit = 0; unit < units; unit++) {
      const n = unitResources(state, job, type, unit).length;
      for (let k = 0; k < n; k++) {
        if (inFile === 0) start = [unit, k];
        if (++inFile === perFile) {
          files.push({ name: `${type}-${files.length + 1}.ndjson`, type, kind: 'output', start, count: inFile });
          inFile = 0;
        }
      }
    }
    if (inFile > 0) files.push({ name: `${type}-${files.length + 1}.ndjson`, type, kind: 'output', start, count: inFile });
  }
  if (job.unserved.length > 0) files.push({ name: 'errors-1.ndjson', type: 'OperationOutcome', kind: 'error', start: [0, 0], count: job.unserved.length });
  return files;
}

export function fileBytes(state: SimState, job: ExportJob, file: ExportFile): Buffer {
  if (file.kind === 'error') {
    // The last line has no trailing newline, as real servers' error files often do not.
    const lines = job.unserved.map((type) =>
      JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-supported', details: { text: `Resource type ${type} is not exported.` } }] }),
    );
    return Buffer.from(lines.join('\n'));
  }
  const parts: string[] = [];
  let [unit, skip] = file.start;
  const units = unitCount(job, file.type);
  while (parts.length < file.count && unit < units) {
    const resources = unitResources(state, job, file.type, unit);
    for (let k = skip; k < resources.length && parts.length < file.count; k++) parts.push(`${JSON.stringify(resources[k])}\n`);
    unit++;
    skip = 0;
  }
  return Buffer.from(parts.join(''));
}

/** Sends a file (whole, or from the asked byte), or half of it when a cut is pending. */
export function serveFile(state: SimState, exports: BulkExportsState, ex: Exchange, job: ExportJob, file: ExportFile, headers: OutgoingHttpHeaders): void {
  const body = fileBytes(state, job, file);
  exports.downloads++;
  let status = 200;
  let from = 0;
  const range = /^bytes=(\d+)-$/.exec(ex.req.headers.range ?? '');
  if (range !== null && job.settings.acceptRanges) {
    from = Number(range[1]);
    if (from >= body.length) {
      headers['content-range'] = `bytes */${body.length}`;
      return finish(state, ex, 416, headers, Buffer.alloc(0));
    }
    status = 206;
    headers['content-range'] = `bytes ${from}-${body.length - 1}/${body.length}`;
  }
  if (job.settings.acceptRanges) headers['accept-ranges'] = 'bytes';
  const part = body.subarray(from);
  if (exports.cutsLeft > 0) {
    exports.cutsLeft--;
    headers['content-type'] = 'application/fhir+ndjson';
    headers['content-length'] = part.length;
    countStatus(state.stats, status);
    if (ex.entry !== undefined) ex.entry.status = status;
    ex.res.writeHead(status, headers);
    // Half the bytes, never on a line boundary: the client must drop the partial line.
    let cut = Math.max(1, Math.floor(part.length / 2));
    if (part[cut - 1] === 10) cut++;
    ex.res.write(part.subarray(0, Math.min(cut, part.length - 1)), () => ex.res.socket?.destroy());
    return;
  }
  finish(state, ex, status, headers, part);
}

function finish(state: SimState, ex: Exchange, status: number, headers: OutgoingHttpHeaders, body: Buffer): void {
  countStatus(state.stats, status);
  if (ex.entry !== undefined) ex.entry.status = status;
  headers['content-type'] = 'application/fhir+ndjson';
  headers['content-length'] = body.length;
  ex.res.writeHead(status, headers);
  ex.res.end(body);
}
