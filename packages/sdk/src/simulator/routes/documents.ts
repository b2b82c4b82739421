/**
 * Document uploads: the file arrives base64 in `attachmentcontents`, either as a form
 * field or (decoded by the dispatcher) as a multipart part; both end up stored alike.
 */
import { invalidData } from '../athena-errors.js';
import { fail, ok, type HandlerTable, type Reply, type RouteContext } from './context.js';
import { pageOf, readPaging } from './paging.js';

export const documentHandlers: HandlerTable = {
  'documents.uploadDocument': (ctx) => store(ctx, 'ADMIN', 'documentid'),
  'documents.uploadClinicalDocument': (ctx) => {
    if (ctx.params.attachmentcontents === undefined) return ok({ success: 'true', clinicaldocumentid: String(Date.now() % 100000) });
    return store(ctx, 'CLINICALDOCUMENT', 'clinicaldocumentid');
  },
  'documents.listDocuments': (ctx) => {
    const patientid = ctx.params.patientid as string;
    const seeded = { documentid: '4001', patientid, documentclass: 'ADMIN', documentsubclass: 'ADMIN_CONSENT', status: 'CLOSED', createddate: '01/05/2026', departmentid: ctx.params.departmentid ?? '1' };
    return pageOf(ctx, [seeded, ...ctx.data.documents.list(patientid)], readPaging(ctx, 1000));
  },
};

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
