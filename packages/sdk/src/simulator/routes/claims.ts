/**
 * Claims: a POST answers `{success, claimids:[…]}` (go-athenahealth's recorded shape), the
 * claim is then listed (filters by appointment, department, provider, service and created
 * dates) and read by id, and notes added to it show on the read. Each write is reported on
 * the `claims` changed-data feed as athena's UpdateClaim.
 */
import { invalidData } from '../athena-errors.js';
import type { SimRecord } from '../data/records.js';
import { dateKey } from '../data/scheduling.js';
import { givenFields, missingParent, recordAnswer, unknownRecord, type Collection } from './collections.js';
import { fail, ok, type HandlerTable, type Reply, type RouteContext } from './context.js';
import { pageOf, readPaging } from './paging.js';

const CLAIMS: Collection = { path: '/claims', idName: 'claimid' };
const DEFAULT_LIMIT = 1500;

export const claimHandlers: HandlerTable = {
  'claims.createClaim': (ctx) => {
    const patient = ctx.data.patients.get(ctx.params.patientid as string);
    if (patient === undefined || patient.status === 'd') return fail(404, { error: 'The patient ID does not exist.' });
    return create(ctx, { servicedate: ctx.params.servicedate });
  },

  'claims.createAppointmentClaim': (ctx) => {
    const appointment = ctx.data.scheduling.get(ctx.params.appointmentid as string);
    if (appointment === undefined || appointment.patientid === undefined) {
      return fail(404, { error: 'The appointment ID does not exist or has no patient.' });
    }
    return create(ctx, {
      appointmentid: appointment.appointmentid,
      patientid: appointment.patientid,
      departmentid: appointment.departmentid,
      supervisingproviderid: appointment.providerid,
      servicedate: appointment.date,
    });
  },

  'claims.listClaims': (ctx) => {
    const { appointmentid, departmentid, providerid } = ctx.params;
    const matches = ctx.data.records.list(CLAIMS.path).filter(
      (claim) =>
        (appointmentid === undefined || claim.appointmentid === appointmentid) &&
        (departmentid === undefined || claim.departmentid === departmentid) &&
        (providerid === undefined || claim.supervisingproviderid === providerid || claim.renderingproviderid === providerid) &&
        inRange(claim.servicedate, ctx.params.servicestartdate, ctx.params.serviceenddate) &&
        inRange(claim.createddate, ctx.params.createdstartdate, ctx.params.createdenddate),
    );
    return pageOf(ctx, matches, readPaging(ctx, DEFAULT_LIMIT));
  },

  'claims.getClaim': (ctx) => withClaim(ctx, (claim) => ok(recordAnswer(ctx, claim))),

  'claims.addClaimNote': (ctx) =>
    withClaim(ctx, (claim) => {
      const notes = Array.isArray(claim.notes) ? claim.notes : [];
      const updated = { ...claim, notes: [...notes, { note: ctx.params.claimnote, created: ctx.data.now() }], lastmodified: ctx.data.now() };
      ctx.data.records.put(CLAIMS.path, claim.claimid as string, updated);
      ctx.data.feeds.record('claims', 'UpdateClaim', { claimid: claim.claimid, patientid: claim.patientid, departmentid: claim.departmentid });
      return ok({ success: 'true' });
    }),
};

function create(ctx: RouteContext, fields: SimRecord): Reply {
  const charges = givenFields(ctx).claimcharges;
  if (!Array.isArray(charges) || charges.length === 0 || !charges.every((c) => c !== null && typeof c === 'object')) {
    return fail(400, invalidData('claimcharges must be a JSON array of charges.'));
  }
  const claimid = ctx.data.records.nextId();
  const claim: SimRecord = { ...givenFields(ctx), ...fields, claimid, createddate: ctx.data.now().slice(0, 10), lastmodified: ctx.data.now(), notes: [] };
  ctx.data.records.put(CLAIMS.path, claimid, claim);
  ctx.data.feeds.record('claims', 'UpdateClaim', { claimid, patientid: claim.patientid, departmentid: claim.departmentid });
  return ok({ success: 'true', claimids: [claimid] });
}

function withClaim(ctx: RouteContext, then: (claim: SimRecord) => Reply): Reply {
  const missing = missingParent(ctx);
  if (missing !== undefined) return missing;
  const claim = ctx.data.records.get(CLAIMS.path, ctx.params.claimid as string);
  return claim === undefined ? unknownRecord(CLAIMS, ctx.params.claimid as string) : then(claim);
}

/** `mm/dd/yyyy` within optional bounds (inclusive). */
function inRange(value: unknown, start: string | undefined, end: string | undefined): boolean {
  if (start === undefined && end === undefined) return true;
  if (typeof value !== 'string') return false;
  const key = dateKey(value);
  return (start === undefined || key >= dateKey(start)) && (end === undefined || key <= dateKey(end));
}
