/**
 * Document uploads: the file arrives base64 in `attachmentcontents`, either as a form
 * field or (decoded by the dispatcher) as a multipart part; both end up stored alike.
 * Clinical documents and lab results are also kept as records, so their lists (derived
 * from the table in collections.ts) show them and a DELETE removes them.
 */
import { invalidData } from '../athena-errors.js';
import { givenFields, missingParent, scopeOf } from './collections.js';
import { pdfReply } from './content.js';
import { fail, ok, type HandlerTable, type Reply, type RouteContext } from './context.js';
import { pageOf, readPaging } from './paging.js';

export const documentHandlers: HandlerTable = {
  'documents.uploadDocument': (ctx) => store(ctx, 'ADMIN', 'documentid'),
  'documents.uploadClinicalDocument': (ctx) => {
    const missing = missingParent(ctx);
    if (missing !== undefined) return missing;
    const reply = ctx.params.attachmentcontents === undefined ? ok({ success: 'true', clinicaldocumentid: ctx.data.records.nextId() }) : store(ctx, 'CLINICALDOCUMENT', 'clinicaldocumentid');
    // Listed (and deleted) through the clinical document collection derived from the table.
    const id = (reply.body as { clinicaldocumentid?: string } | undefined)?.clinicaldocumentid;
    if (reply.status === 200 && id !== undefined) {
      const { attachmentcontents: _file, documentdata: _data, ...fields } = givenFields(ctx);
      ctx.data.records.put(scopeOf(ctx, '/patients/{patientid}/documents/clinicaldocument'), id, { ...fields, clinicaldocumentid: id, patientid: ctx.params.patientid, status: 'REVIEW', createddate: ctx.data.now().slice(0, 10) });
    }
    return reply;
  },
  'documents.uploadLabResultDocument': (ctx) => {
    const missing = missingParent(ctx);
    if (missing !== undefined) return missing;
    const labresultid = ctx.data.records.nextId();
    const patientid = ctx.params.patientid as string;
    ctx.data.records.put(scopeOf(ctx, '/patients/{patientid}/documents/labresult'), labresultid, { ...givenFields(ctx), labresultid, patientid, status: 'REVIEW', createddate: ctx.data.now().slice(0, 10) });
    ctx.data.feeds.record('labresults', 'LabResultAdd', { labresultid, patientid, departmentid: ctx.params.departmentid });
    return ok({ success: 'true', labresultid });
  },
  // A page of a stored document: athena sends the file itself; the simulator's pages are PDFs.
  'documents.getAdminDocumentPage': (ctx) => documentPage(ctx, 'adminid'),
  'documents.getEncounterDocumentPage': (ctx) => documentPage(ctx, 'encounterdocumentid'),
  'documents.getImagingResultPage': (ctx) => documentPage(ctx, 'imagingresultid'),
  'documents.getLabResultDocumentPage': (ctx) => documentPage(ctx, 'labresultid'),
  'documents.listDocuments': (ctx) => {
    const patientid = ctx.params.patientid as string;
    const seeded = { documentid: '4001', patientid, documentclass: 'ADMIN', documentsubclass: 'ADMIN_CONSENT', status: 'CLOSED', createddate: '01/05/2026', departmentid: ctx.params.departmentid ?? '1' };
    return pageOf(ctx, [seeded, ...ctx.data.documents.list(patientid)], readPaging(ctx, 1000));
  },
};

function documentPage(ctx: RouteContext, idName: string): Reply {
  return missingParent(ctx) ?? pdfReply(`Document ${ctx.params[idName] as string}, page ${ctx.params.pageid as string}`);
}

function store(ctx: RouteContext, documentclass: string, idField: string): Reply {
  const patientid = ctx.params.patientid as string;
  const patient = ctx.data.patients.get(patientid);
  if (patient === undefined || patient.status === 'd') return fail(404, { error: 'The patient ID does not exist.' });
  const contents = ctx.params.attachmentcontents as string;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contents)) return fail(400, invalidData('attachmentcontents must be base64.'));
  const fields = {
    patientid,
    documentclass,
    documentsubclass: ctx.params.documentsubclass as string,
    status: 'REVIEW',
    createddate: ctx.data.now().slice(0, 10),
    ...(ctx.params.departmentid ? { departmentid: ctx.params.departmentid } : {}),
  };
  const document = ctx.data.documents.add(fields, contents);
  return ok({ success: 'true', [idField]: document.documentid });
}
