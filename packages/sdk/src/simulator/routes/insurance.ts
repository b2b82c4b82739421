/**
 * A patient's insurances. athena keys them two ways: by `insuranceid` and (the legacy
 * calls) by `sequencenumber` (1 primary, 2 secondary...). A DELETE cancels: the insurance
 * leaves the list until it is reactivated. The POST answers the new insurance in an array,
 * as go-athenahealth's recorded answer does. Card images are base64, kept per insurance;
 * a GET without one is athena's 404.
 */
import { invalidData } from '../athena-errors.js';
import type { SimRecord } from '../data/records.js';
import { givenFields, missingParent, unknownRecord, type Collection } from './collections.js';
import { fail, ok, type HandlerTable, type Reply, type RouteContext } from './context.js';
import { pageOf, readPaging } from './paging.js';

const INSURANCES: Collection = { path: '/patients/{patientid}/insurances', idName: 'insuranceid' };
/** athena's default page for patient insurances. */
const DEFAULT_LIMIT = 1500;

export const insuranceHandlers: HandlerTable = {
  'insurance.listPatientInsurances': (ctx) =>
    withPatient(ctx, (scope) => {
      const active = ctx.data.records.list(scope).filter((r) => r.cancelled === undefined);
      const ordered = active.sort((a, b) => Number(a.sequencenumber) - Number(b.sequencenumber));
      return pageOf(ctx, ordered.map(publicFields), readPaging(ctx, DEFAULT_LIMIT));
    }),

  'insurance.addPatientInsurance': (ctx) =>
    withPatient(ctx, (scope) => {
      const sequence = ctx.params.sequencenumber as string;
      if (!/^[1-9]$/.test(sequence)) return fail(400, invalidData('sequencenumber must be 1 (primary), 2 (secondary) and so on.'));
      if (bySequence(ctx, scope) !== undefined) return fail(400, invalidData(`The patient already has an insurance with sequence number ${sequence}.`));
      const insuranceid = ctx.data.records.nextId();
      const record: SimRecord = {
        ...givenFields(ctx),
        insuranceid,
        patientid: ctx.params.patientid,
        insuranceplanname: `Insurance package ${ctx.params.insurancepackageid}`,
        insurancetype: 'Commercial',
        eligibilitystatus: 'Unverified',
        relationshiptoinsured: ctx.params.relationshiptoinsuredid === undefined || ctx.params.relationshiptoinsuredid === '1' ? 'Self' : 'Other',
        lastmodified: ctx.data.now(),
      };
      ctx.data.records.put(scope, insuranceid, record);
      return ok([publicFields(record)]);
    }),

  'insurance.updatePatientInsurance': (ctx) => withInsurance(ctx, (scope, record) => update(ctx, scope, record)),
  'insurance.updatePatientInsuranceBySequence': (ctx) =>
    withPatient(ctx, (scope) => {
      const record = bySequence(ctx, scope);
      return record === undefined ? noSequence(ctx) : update(ctx, scope, record);
    }),

  'insurance.deletePatientInsurance': (ctx) => withInsurance(ctx, (scope, record) => cancel(ctx, scope, record)),
  'insurance.deletePatientInsuranceBySequence': (ctx) =>
    withPatient(ctx, (scope) => {
      const record = bySequence(ctx, scope);
      return record === undefined ? noSequence(ctx) : cancel(ctx, scope, record);
    }),

  'insurance.reactivatePatientInsurance': (ctx) =>
    withInsurance(
      ctx,
      (scope, record) => {
        if (record.cancelled === undefined) return fail(400, invalidData('The insurance is not cancelled.'));
        const { cancelled: _cancelled, cancellationnote: _note, ...active } = record;
        const expirationdate = ctx.params.expirationdate;
        ctx.data.records.put(scope, record.insuranceid as string, { ...active, ...(expirationdate ? { expirationdate } : {}), lastmodified: ctx.data.now() });
        return ok({ success: 'true' });
      },
      true,
    ),

  'insurance.getInsuranceCardImage': (ctx) =>
    withInsurance(ctx, (scope, record) => {
      const image = ctx.data.records.get(`${scope}/image`, record.insuranceid as string);
      return image === undefined ? fail(404, { error: 'There is no insurance card image for this insurance.' }) : ok({ image: image.image });
    }),
  'insurance.uploadInsuranceCardImage': (ctx) => storeImage(ctx),
  'insurance.updateInsuranceCardImage': (ctx) => storeImage(ctx),
  'insurance.deleteInsuranceCardImage': (ctx) =>
    withInsurance(ctx, (scope, record) =>
      ctx.data.records.delete(`${scope}/image`, record.insuranceid as string) ? ok({ success: 'true' }) : fail(404, { error: 'There is no insurance card image for this insurance.' }),
    ),
};

function withPatient(ctx: RouteContext, then: (scope: string) => Reply): Reply {
  return missingParent(ctx) ?? then(`/patients/${ctx.params.patientid}/insurances`);
}

/** The insurance named in the path; a cancelled one only when `cancelledToo`. */
function withInsurance(ctx: RouteContext, then: (scope: string, record: SimRecord) => Reply, cancelledToo = false): Reply {
  return withPatient(ctx, (scope) => {
    const id = ctx.params.insuranceid as string;
    const record = ctx.data.records.get(scope, id);
    if (record === undefined || (record.cancelled !== undefined && !cancelledToo)) return unknownRecord(INSURANCES, id);
    return then(scope, record);
  });
}

function bySequence(ctx: RouteContext, scope: string): SimRecord | undefined {
  return ctx.data.records.list(scope).find((r) => r.cancelled === undefined && String(r.sequencenumber) === ctx.params.sequencenumber);
}

function noSequence(ctx: RouteContext): Reply {
  return fail(404, { error: 'The requested resource does not exist.', detailedmessage: `No insurance with sequence number ${ctx.params.sequencenumber}.` });
}

function update(ctx: RouteContext, scope: string, record: SimRecord): Reply {
  ctx.data.records.put(scope, record.insuranceid as string, { ...record, ...givenFields(ctx), lastmodified: ctx.data.now() });
  return ok({ success: 'true' });
}

function cancel(ctx: RouteContext, scope: string, record: SimRecord): Reply {
  const note = ctx.params.cancellationnote;
  ctx.data.records.put(scope, record.insuranceid as string, { ...record, cancelled: ctx.data.now().slice(0, 10), ...(note ? { cancellationnote: note } : {}) });
  return ok({ success: 'true' });
}

function storeImage(ctx: RouteContext): Reply {
  return withInsurance(ctx, (scope, record) => {
    const image = (ctx.params.image as string).replace(/\s/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(image)) return fail(400, invalidData('image must be base64.'));
    ctx.data.records.put(`${scope}/image`, record.insuranceid as string, { image });
    return ok({ success: 'true' });
  });
}

/** Internal bookkeeping (`updateappointments`) is not part of athena's insurance record. */
function publicFields(record: SimRecord): SimRecord {
  const { updateappointments: _u, ...rest } = record;
  return rest;
}
