import { findDepartment } from '../data/departments.js';
import { invalidData } from '../athena-errors.js';
import { declaredParams, fail, ok, type HandlerTable, type Reply, type RouteContext } from './context.js';
import { pageReply, readPaging } from './paging.js';

/** athena pages patient searches 10 at a time unless asked otherwise. */
const DEFAULT_LIMIT = 10;
const NOT_FOUND = { error: 'The patient ID does not exist.' };
/** Parameters that steer a search or write rather than name a patient field. */
const CONTROL_PARAMS = new Set(['limit', 'offset', 'bypasspatientmatching', 'returnbestmatches']);

export const patientHandlers: HandlerTable = {
  'patients.getPatient': (ctx) => {
    const patientid = ctx.params.patientid as string;
    if (!/^\d+$/.test(patientid)) return fail(400, invalidData(`Expecting type integer, but value is ${patientid}`));
    const patient = ctx.data.patients.get(patientid);
    if (patient === undefined || patient.status === 'd') return fail(404, NOT_FOUND);
    // One record, yet athena wraps it in an array.
    return ok([patient]);
  },

  'patients.searchPatients': (ctx) => {
    const paging = readPaging(ctx, DEFAULT_LIMIT);
    const { items, total } = ctx.data.patients.search(searchFilters(ctx), paging.offset, paging.limit);
    return pageReply(ctx, items, total, paging);
  },

  'patients.findBestMatch': (ctx) => {
    const { params } = ctx;
    const firstname = params.firstname ?? params.preferredname ?? params.anyfirstname ?? '';
    const filters = { lastname: params.lastname as string, dob: params.dob as string, firstname };
    // A bare array, best first; `[]` when nobody matches.
    return ok(ctx.data.patients.search(filters, 0, 10).items);
  },

  'patients.createPatient': (ctx) => {
    const fields = patientFields(ctx);
    const invalid = checkFields(fields);
    if (invalid !== undefined) return invalid;
    const patientid = ctx.data.patients.create({
      ...fields,
      primarydepartmentid: fields.departmentid as string,
      registrationdate: today(),
    });
    ctx.data.feeds.record('patients', 'AddPatient', { patientid, departmentid: fields.departmentid });
    return ok([{ patientid }]);
  },

  'patients.updatePatient': (ctx) => {
    const patientid = ctx.params.patientid as string;
    const current = ctx.data.patients.get(patientid);
    if (current === undefined || current.status === 'd') return fail(404, NOT_FOUND);
    const fields = patientFields(ctx);
    const invalid = checkFields(fields);
    if (invalid !== undefined) return invalid;
    // athena has no DELETE for patients: status=d is the delete.
    ctx.data.patients.update(patientid, fields);
    ctx.data.feeds.record('patients', fields.status === 'd' ? 'DeletePatient' : 'UpdatePatient', { patientid, departmentid: current.departmentid });
    return ok([{ patientid }]);
  },
};

/** Search filters: every patient field the operation declares and the caller gave. */
function searchFilters(ctx: RouteContext): Record<string, string> {
  const filters = declaredParams(ctx, 'query');
  for (const name of CONTROL_PARAMS) delete filters[name];
  return filters;
}

function patientFields(ctx: RouteContext): Record<string, string> {
  const fields = declaredParams(ctx, 'body');
  for (const name of CONTROL_PARAMS) delete fields[name];
  return fields;
}

/** athena refuses a bad DOB with 400, but an unknown department only with a 200 soft failure. */
function checkFields(fields: Record<string, string>): Reply | undefined {
  if (fields.dob !== undefined && !isUsDate(fields.dob)) return fail(400, { error: 'Improper DOB.' });
  if (fields.departmentid !== undefined && findDepartment(fields.departmentid) === undefined) {
    return ok([{ errormessage: 'Invalid department ID.' }]);
  }
  return undefined;
}

function isUsDate(value: string): boolean {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (m === null) return false;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1850;
}

function today(): string {
  const d = new Date();
  return `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
}
