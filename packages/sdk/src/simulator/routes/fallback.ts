/**
 * The answer for every operation of the table that has no dedicated handler: athena's
 * shape for the operation's declared response kind (a paged envelope under its
 * collection key, a one-element array for a record, `{success:"true"}` and a new id for a
 * write...), built from the request so that ids and the department line up.
 * Required parameters have already been checked from the same table.
 */
import { pathParamNames } from '../../internal.js';
import { htmlReply, pdfReply } from './content.js';
import { ok, type Reply, type RouteContext } from './context.js';
import { pageOf, readPaging } from './paging.js';

/** athena's most common default page for clinical and scheduling lists. */
const DEFAULT_LIMIT = 1000;

/** Writes without a dedicated handler that athena reports on a changed-data feed. */
const FEED_WRITES: Record<string, [feed: string, event: string]> = {
  'chart.addProblem': ['chart/healthhistory/problems', 'ProblemAdd'],
  'chart.updateProblem': ['chart/healthhistory/problems', 'ProblemUpdate'],
  'chart.updateMedication': ['chart/healthhistory/medication', 'MedicationHxUpdate'],
  'claims.createClaim': ['claims', 'UpdateClaim'],
  'claims.createAppointmentClaim': ['claims', 'UpdateClaim'],
  'documents.uploadLabResultDocument': ['labresults', 'LabResultAdd'],
  'patients.updatePatientCustomFields': ['patients', 'UpdatePatientCustomField'],
};

export function fallbackHandler(ctx: RouteContext): Reply {
  const response = ctx.op.response;
  switch (response.kind) {
    case 'page':
      return pageOf(ctx, [sampleRecord(ctx, idNameOf(response.collectionKey))], readPaging(ctx, DEFAULT_LIMIT));
    case 'record': {
      const record = sampleRecord(ctx, lastPathParam(ctx) ?? idNameOf(lastLiteral(ctx)));
      return ok(response.collectionKey ? { [response.collectionKey]: [record], totalcount: 1 } : [record]);
    }
    case 'array':
      return ok([sampleRecord(ctx, idNameOf(lastLiteral(ctx)))]);
    case 'write': {
      const body = writeAnswer(ctx);
      const feed = FEED_WRITES[ctx.op.id];
      if (feed) ctx.data.feeds.record(feed[0], feed[1], sampleRecord(ctx, idNameOf(lastLiteral(ctx))));
      return ok(body);
    }
    case 'raw':
      return ok(sampleRecord(ctx, lastPathParam(ctx) ?? idNameOf(lastLiteral(ctx))));
    case 'text':
      return htmlReply(`<html><body><p>${ctx.op.id}</p></body></html>`);
    case 'binary':
      return pdfReply(ctx.op.id);
  }
}

/** A record carrying the request's ids (path, department, patient) and its own id. */
function sampleRecord(ctx: RouteContext, idName: string): Record<string, string> {
  const record: Record<string, string> = {};
  for (const name of pathParamNames(ctx.op.path)) record[name] = ctx.params[name] as string;
  for (const name of ['departmentid', 'patientid', 'providerid']) {
    const value = ctx.params[name];
    if (value !== undefined && value !== '' && record[name] === undefined) record[name] = value.split(',')[0] as string;
  }
  record[idName] ??= ctx.data.nextId();
  record.lastmodified = '11/28/2026 09:15:00';
  return record;
}

/** Writes answer success, with the new id when they create something (POST). */
function writeAnswer(ctx: RouteContext): Record<string, string> {
  const body: Record<string, string> = { success: 'true' };
  if (ctx.op.method === 'POST') body[idNameOf(lastLiteral(ctx))] = ctx.data.nextId();
  return body;
}

function lastPathParam(ctx: RouteContext): string | undefined {
  const segments = ctx.op.path.split('/');
  const last = segments[segments.length - 1] as string;
  return last.startsWith('{') ? last.slice(1, -1) : undefined;
}

function lastLiteral(ctx: RouteContext): string {
  const literals = ctx.op.path.split('/').filter((s) => s !== '' && !s.startsWith('{'));
  return literals[literals.length - 1] ?? 'record';
}

/** `appointments` → `appointmentid`, `allergies` → `allergyid`. */
export function idNameOf(noun: string): string {
  const singular = noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') ? noun.slice(0, -1) : noun;
  return `${singular}id`;
}
