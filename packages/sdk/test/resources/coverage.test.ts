/**
 * Every operation of the spec (spec/<area>.json), called through its resource method
 * against the simulator, with its required parameters: the caller gets the declared shape.
 * A missing required parameter is refused before any request; sent raw anyway, the
 * simulator answers athena's 400 "Additional fields are required.". The generated table
 * must match the spec row for row, so the spec is what the SDK does.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { allOperations, ApiError, BadRequestError, InvalidRequestError, type AthenaClient } from '../../src/index.js';
import { pathParamNames } from '../../src/core/operation.js';
import { loadSpec } from '../../../../scripts/spec/load.js';
import type { SpecOperation, SpecParam } from '../../../../scripts/spec/types.js';
import { fileTest } from '../fixtures.js';

type Operation = SpecOperation & { id: string };
type ParamSpec = SpecParam;

/** Every operation of spec/, with its `area.method` id. */
const specOperations: Operation[] = loadSpec(join(fileURLToPath(new URL('../../../..', import.meta.url)), 'spec')).flatMap((area) =>
  area.operations.map((op) => ({ ...op, id: `${area.area}.${op.name}` })),
);

/** fileTest's simulator and client, plus the file's seeded open slots: read once, before any is booked, and handed out one at a time. */
const it = fileTest.extend('openSlots', { scope: 'file' }, async ({ athena }) => {
  const page = await athena.appointments.listOpenAppointmentSlots({ departmentid: ['1'] });
  return page.items.map((slot) => slot.appointmentid);
});

/** `YYYY-MM-DD`, days from today (UTC). */
function day(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset)).toISOString().slice(0, 10);
}

function nextSlot(openSlots: string[]): string {
  const slot = openSlots.shift();
  if (slot === undefined) throw new Error('the simulator ran out of seeded open slots');
  return slot;
}

async function bookedSlot(athena: AthenaClient, openSlots: string[]): Promise<string> {
  const slot = nextSlot(openSlots);
  await athena.appointments.bookAppointment(slot, { patientid: '1', appointmenttypeid: '62' });
  return slot;
}

interface Prepared {
  path?: string[];
  params?: Record<string, unknown>;
  /** Feeds no SDK write feeds (providers, prescriptions) stay empty. */
  allowEmpty?: boolean;
}

/** State some operations need first, built through the SDK itself. */
const fixtures: Record<string, (context: { athena: AthenaClient; openSlots: string[] }) => Promise<Prepared>> = {
  'appointments.listBookedAppointments': async ({ athena, openSlots }) => (await bookedSlot(athena, openSlots), { params: { departmentid: '1', startdate: day(0), enddate: day(8) } }),
  'appointments.listBookedAppointmentsInDepartments': async ({ athena, openSlots }) => (await bookedSlot(athena, openSlots), { params: { departmentid: ['1', '21'], startdate: day(0), enddate: day(8) } }),
  'appointments.createOpenAppointmentSlots': async () => ({ params: { departmentid: '1', providerid: '1', appointmentdate: day(2), appointmenttime: ['11:00', '11:30'] } }),
  'appointments.deleteOpenAppointmentSlot': async ({ openSlots }) => ({ path: [nextSlot(openSlots)] }),
  'appointments.bookAppointment': async ({ openSlots }) => ({ path: [nextSlot(openSlots)], params: { patientid: '1', appointmenttypeid: '62' } }),
  'appointments.cancelAppointment': async ({ athena, openSlots }) => ({ path: [await bookedSlot(athena, openSlots)], params: { patientid: '1' } }),
  'appointments.rescheduleAppointment': async ({ athena, openSlots }) => ({ path: [await bookedSlot(athena, openSlots)], params: { patientid: '1', newappointmentid: nextSlot(openSlots) } }),
  'appointments.startCheckIn': async ({ athena, openSlots }) => ({ path: [await bookedSlot(athena, openSlots)] }),
  'appointments.checkInAppointment': async ({ athena, openSlots }) => ({ path: [await bookedSlot(athena, openSlots)] }),
  'appointments.cancelCheckIn': async ({ athena, openSlots }) => {
    const slot = await bookedSlot(athena, openSlots);
    await athena.appointments.startCheckIn(slot);
    return { path: [slot] };
  },
  'appointments.checkOutAppointment': async ({ athena, openSlots }) => {
    const slot = await bookedSlot(athena, openSlots);
    await athena.appointments.checkInAppointment(slot);
    return { path: [slot] };
  },
  'appointments.freezeAppointment': async ({ openSlots }) => ({ path: [nextSlot(openSlots)], params: { freeze: true } }),
  'appointments.listAppointmentNotes': async ({ athena, openSlots }) => {
    const slot = await bookedSlot(athena, openSlots);
    await athena.appointments.addAppointmentNote(slot, { notetext: 'Bring the referral.' });
    return { path: [slot] };
  },
  'appointments.updateAppointmentNote': async ({ athena, openSlots }) => {
    const slot = await bookedSlot(athena, openSlots);
    const { noteid } = await athena.appointments.addAppointmentNote(slot, { notetext: 'Bring the referral.' });
    return { path: [slot, String(noteid)], params: { notetext: 'Bring both referrals.' } };
  },
  'appointments.deleteAppointmentNote': async ({ athena, openSlots }) => {
    const slot = await bookedSlot(athena, openSlots);
    const { noteid } = await athena.appointments.addAppointmentNote(slot, { notetext: 'Bring the referral.' });
    return { path: [slot, String(noteid)] };
  },
  'patients.listPatientAppointments': async ({ athena, openSlots }) => (await bookedSlot(athena, openSlots), {}),
  'changes.listChangedAppointments': async ({ athena, openSlots }) => (await athena.changes.subscribeAppointments(), await bookedSlot(athena, openSlots), {}),
  'changes.listChangedPatients': async ({ athena }) => {
    await athena.changes.subscribePatients();
    await athena.patients.updatePatient('2', { email: 'ann@example.com' });
    return {};
  },
  'changes.listChangedProviders': async ({ athena }) => (await athena.changes.subscribeProviders(), { allowEmpty: true }),
  'changes.listChangedPrescriptions': async ({ athena }) => (await athena.changes.subscribePrescriptions(), { allowEmpty: true }),
  'changes.listChangedClaims': async ({ athena }) => {
    await athena.changes.subscribeClaims();
    await athena.claims.createClaim({ patientid: '1', departmentid: '1', servicedate: day(0), supervisingproviderid: '1', claimcharges: [{ procedurecode: '99213' }] });
    return {};
  },
  'changes.listChangedLabResults': async ({ athena }) => {
    await athena.changes.subscribeLabResults();
    await athena.documents.uploadLabResultDocument('1', { departmentid: '1', analytes: [{ analytename: 'glucose', value: '90' }] });
    return {};
  },
  'changes.listChangedProblems': async ({ athena }) => {
    await athena.changes.subscribeProblems();
    await athena.chart.addProblem('1', { departmentid: '1', snomedcode: 44054006 });
    return {};
  },
  'changes.listChangedAllergies': async ({ athena }) => {
    await athena.changes.subscribeAllergies();
    await athena.chart.updateAllergies('1', { departmentid: '1', allergies: [{ allergenid: '10641', allergenname: 'Penicillins' }] });
    return {};
  },
  'changes.listChangedMedications': async ({ athena }) => {
    await athena.changes.subscribeMedications();
    await athena.chart.addMedication('1', { departmentid: '1', medicationid: '243146' });
    return {};
  },
  // The stateful areas (insurance, claims, payments, encounters, vitals, documents, custom fields):
  // a record is created first and the call names it, as a user would.
  'insurance.listPatientInsurances': async ({ athena }) => ({ path: [(await newInsurance(athena)).patientid] }),
  'insurance.addPatientInsurance': async () => ({ path: [freshPatient()], params: { insurancepackageid: '1', sequencenumber: '1' } }),
  'insurance.updatePatientInsurance': async ({ athena }) => ({ path: insurancePath(await newInsurance(athena)) }),
  'insurance.deletePatientInsurance': async ({ athena }) => ({ path: insurancePath(await newInsurance(athena)) }),
  'insurance.reactivatePatientInsurance': async ({ athena }) => {
    const insurance = await newInsurance(athena);
    await athena.insurance.deletePatientInsurance(insurance.patientid, insurance.insuranceid);
    return { path: insurancePath(insurance) };
  },
  'insurance.updatePatientInsuranceBySequence': async ({ athena }) => ({ path: [(await newInsurance(athena)).patientid], params: { sequencenumber: '1' } }),
  'insurance.deletePatientInsuranceBySequence': async ({ athena }) => ({ path: [(await newInsurance(athena)).patientid], params: { sequencenumber: '1' } }),
  'insurance.uploadInsuranceCardImage': async ({ athena }) => ({ path: insurancePath(await newInsurance(athena)), params: { image: 'aGVsbG8=' } }),
  'insurance.updateInsuranceCardImage': async ({ athena }) => ({ path: insurancePath(await newInsurance(athena)), params: { image: 'aGVsbG8=' } }),
  'insurance.getInsuranceCardImage': async ({ athena }) => ({ path: insurancePath(await newInsurance(athena, true)) }),
  'insurance.deleteInsuranceCardImage': async ({ athena }) => ({ path: insurancePath(await newInsurance(athena, true)) }),
  'claims.getClaim': async ({ athena }) => ({ path: [await newClaim(athena)] }),
  'claims.addClaimNote': async ({ athena }) => ({ path: [await newClaim(athena)] }),
  'payments.getReceipt': async ({ athena }) => ({ path: ['1', await newPayment(athena)] }),
  'payments.getReceiptDetails': async ({ athena }) => ({ path: ['1', await newPayment(athena)] }),
  'payments.emailReceipt': async ({ athena }) => ({ path: ['1', await newPayment(athena)], params: { email: 'ann@example.com' } }),
  'payments.voidPayment': async ({ athena }) => ({ path: ['1', await newPayment(athena)] }),
  'payments.uploadSignedReceipt': async ({ athena }) => ({ path: ['1', await newPayment(athena)], params: { attachmentcontents: 'JVBERi0=' } }),
  'payments.getSignedReceipt': async ({ athena }) => {
    const epaymentid = await newPayment(athena);
    await athena.payments.uploadSignedReceipt('1', epaymentid, { attachmentcontents: 'JVBERi0=' });
    return { path: ['1', epaymentid] };
  },
  'payments.chargeStoredCard': async ({ athena }) => ({ path: ['1', await newCard(athena)] }),
  'payments.updateStoredCard': async ({ athena }) => ({ path: ['1', await newCard(athena)] }),
  'payments.deleteStoredCard': async ({ athena }) => ({ path: ['1', await newCard(athena)] }),
  'chart.listVitals': async ({ athena }) => (await newVital(athena), {}),
  'chart.addVitals': async () => ({ params: { departmentid: '1', source: 'ENCOUNTER', sourceid: '1', vitals: [[{ clinicalelementid: 'VITALS.WEIGHT', value: '70000' }]] } }),
  'chart.updateVital': async ({ athena }) => ({ path: ['1', await newVital(athena)] }),
  'chart.deleteVital': async ({ athena }) => ({ path: ['1', await newVital(athena)] }),
  'documents.listClinicalDocuments': async ({ athena }) => (await newClinicalDocument(athena), {}),
  'documents.deleteClinicalDocument': async ({ athena }) => ({ path: ['1', await newClinicalDocument(athena)] }),
  'documents.getLabResultDocument': async ({ athena }) => ({ path: ['1', await newLabResult(athena)] }),
  'documents.listPatientCaseDocuments': async ({ athena }) => (await newPatientCase(athena), {}),
  'documents.getPatientCaseDocument': async ({ athena }) => ({ path: ['1', await newPatientCase(athena)] }),
  'encounters.getAppointmentEncounterSummary': async () => ({ path: ['1', SEEDED_ENCOUNTER] }),
  'patients.searchPatientsByCustomField': async ({ athena }) => {
    await athena.patients.updatePatientCustomFields('1', { departmentid: '1', customfields: [{ customfieldid: '1', customfieldvalue: 'Smith' }] });
    return { path: ['1', 'Smith'] };
  },
};

/** Patient 1's first seeded encounter (the simulator numbers them `{patientid}0{n}`). */
const SEEDED_ENCOUNTER = '101';
for (const op of specOperations) {
  if (op.path.startsWith('/chart/encounter/{encounterid}') || op.path.startsWith('/chart/encounters/{encounterid}')) fixtures[op.id] ??= async () => ({ path: [SEEDED_ENCOUNTER] });
}

/** Insurances go to patients of their own, so sequence numbers never clash across the file's tests. */
let lastPatient = 40;
const freshPatient = () => String(++lastPatient);

async function newInsurance(athena: AthenaClient, withImage = false): Promise<{ patientid: string; insuranceid: string }> {
  const patientid = freshPatient();
  const { insuranceid } = (await athena.insurance.addPatientInsurance(patientid, { insurancepackageid: '1', sequencenumber: '1' })) as { insuranceid: string };
  if (withImage) await athena.insurance.uploadInsuranceCardImage(patientid, insuranceid, { image: 'aGVsbG8=' });
  return { patientid, insuranceid };
}
const insurancePath = (i: { patientid: string; insuranceid: string }) => [i.patientid, i.insuranceid];

async function newClaim(athena: AthenaClient): Promise<string> {
  const { claimids } = (await athena.claims.createClaim({ patientid: '1', departmentid: '1', servicedate: day(0), supervisingproviderid: '1', claimcharges: [{ procedurecode: '99213' }] })) as { claimids: string[] };
  return claimids[0] as string;
}

async function newPayment(athena: AthenaClient): Promise<string> {
  return ((await athena.payments.recordPayment('1', { departmentid: '1', paymentmethod: 'CASH', otheramount: '20' })) as { epaymentid: string }).epaymentid;
}

async function newCard(athena: AthenaClient): Promise<string> {
  return ((await athena.payments.storeCard('1', { departmentid: '1', billingaddress: '1 Main St', billingzip: '02139', accountnumber: '4111111111111111' })) as { storedcardid: string }).storedcardid;
}

async function newVital(athena: AthenaClient): Promise<string> {
  const { vitalids } = (await athena.chart.addVitals('1', { departmentid: '1', source: 'ENCOUNTER', sourceid: '1', vitals: [[{ clinicalelementid: 'VITALS.WEIGHT', value: '70000' }]] })) as { vitalids: { vitalid: string }[] };
  return vitalids[0]?.vitalid as string;
}

async function newClinicalDocument(athena: AthenaClient): Promise<string> {
  return ((await athena.documents.uploadClinicalDocument('1', { departmentid: '1', documentsubclass: 'CLINICALDOCUMENT', documentdata: 'Visit note.' })) as { clinicaldocumentid: string }).clinicaldocumentid;
}

async function newLabResult(athena: AthenaClient): Promise<string> {
  return ((await athena.documents.uploadLabResultDocument('1', { departmentid: '1', analytes: [{ analytename: 'glucose', value: '90' }] })) as { labresultid: string }).labresultid;
}

async function newPatientCase(athena: AthenaClient): Promise<string> {
  return ((await athena.documents.createPatientCase('1', { departmentid: '1', documentsource: 'PATIENT', documentsubclass: 'PATIENTCASE', providerid: '1' })) as { patientcaseid: string }).patientcaseid;
}

/** A valid value for a parameter, from its declared type and limits. */
function sample(p: ParamSpec): unknown {
  if (p.enum) return p.enum[0];
  switch (p.type) {
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'date':
      return '2026-01-15';
    case 'list':
      return ['1'];
    case 'json':
      return [{ id: '1' }];
    default:
      if (p.name === 'dob') return '1980-05-01';
      return p.name.endsWith('id') ? '1' : 'Smith';
  }
}

/** Required values plus one member of each "at least one of" group. */
function requiredParams(op: Operation): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of op.params) if (p.required && p.in !== 'path') params[p.name] = sample(p);
  for (const group of op.atLeastOneOf ?? []) {
    if (group.some((name) => name in params)) continue;
    // The department matches seeded patients; otherwise the group's first member.
    const p = op.params.find((x) => x.name === (group.includes('departmentid') ? 'departmentid' : group[0])) as ParamSpec;
    params[p.name] = sample(p);
  }
  return params;
}

function method(athena: AthenaClient, op: Operation): (...args: unknown[]) => unknown {
  const [resource, name] = op.id.split('.') as [string, string];
  const target = (athena as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>)[resource];
  const fn = target?.[name];
  if (typeof fn !== 'function') throw new Error(`no method for ${op.id}`);
  return fn.bind(target);
}

function hasBodyParams(op: Operation): boolean {
  return op.params.some((p) => p.in !== 'path');
}

function args(op: Operation, params: Record<string, unknown>, pathValue: string | string[] = '1'): unknown[] {
  const out: unknown[] = pathParamNames(op.path).map((_, i) => (Array.isArray(pathValue) ? pathValue[i] : pathValue));
  if (hasBodyParams(op)) out.push(params);
  return out;
}

const pathFilled = (op: Operation) => op.path.replace(/\{[a-z0-9_]+\}/gi, '1');

describe('every operation through its resource method', () => {
  it('covers at least 300 operations', () => {
    expect(specOperations.length).toBeGreaterThanOrEqual(300);
  });

  it('the table the SDK runs on is the spec, row for row (method, path, parameters, groups, response)', () => {
    interface Row {
      id: string;
      method: string;
      path: string;
      params: readonly { name: string; in: string; type?: string; required?: boolean; maxLength?: number; enum?: readonly string[] }[];
      atLeastOneOf?: readonly (readonly string[])[];
      response: unknown;
    }
    const wire = (op: Row) => ({
      id: op.id,
      method: op.method,
      path: op.path,
      params: op.params.map((p) => ({ name: p.name, in: p.in, type: p.type ?? 'string', required: p.required ?? false, maxLength: p.maxLength, enum: p.enum })),
      atLeastOneOf: op.atLeastOneOf,
      response: op.response,
    });
    const table = allOperations.map(wire);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(table.sort(byId)).toEqual(specOperations.map(wire).sort(byId));
  });

  it.for(specOperations.map((op) => [op.id, op] as const))('%s answers its declared shape', async ([_id, op], { athena, openSlots }) => {
    const prepared = (await fixtures[op.id]?.({ athena, openSlots })) ?? {};
    const result = (await method(athena, op)(...args(op, { ...requiredParams(op), ...prepared.params }, prepared.path))) as unknown;
    switch (op.response.kind) {
      case 'page': {
        const page = result as { items: unknown[] };
        expect(Array.isArray(page.items)).toBe(true);
        if (!prepared.allowEmpty) expect(page.items.length).toBeGreaterThan(0);
        if (page.items.length > 0) expect(typeof page.items[0]).toBe('object');
        break;
      }
      case 'array':
        expect(Array.isArray(result)).toBe(true);
        break;
      case 'record':
        expect(result).toBeTypeOf('object');
        expect(Array.isArray(result)).toBe(false);
        // The record is the one asked for: the last path id comes back.
        if (op.path.endsWith('}')) {
          const names = pathParamNames(op.path);
          expect((result as Record<string, unknown>)[names[names.length - 1] as string]).toBeDefined();
        }
        break;
      case 'write':
        expect(result).toBeTypeOf('object');
        expect(['true', true, undefined]).toContain((result as { success?: unknown }).success);
        break;
      case 'raw':
        expect(result).not.toBeUndefined();
        break;
      case 'text':
        expect(result).toMatch(/^<html>/);
        break;
      case 'binary':
        expect(result).toBeInstanceOf(Uint8Array);
        expect(Buffer.from(result as Uint8Array).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        break;
    }
  });

  const withRequired = specOperations.filter((op) => op.params.some((p) => p.required && p.in !== 'path') || op.atLeastOneOf?.length);

  it.for(withRequired.map((op) => [op.id, op] as const))('%s refuses a missing required parameter before the call', async ([_id, op], { sim, athena }) => {
    const before = sim.stats.apiRequests;
    const complete = requiredParams(op);
    const name = Object.keys(complete)[0] as string;
    const { [name]: _dropped, ...incomplete } = complete;
    let error: unknown;
    try {
      await method(athena, op)(...args(op, incomplete));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(String((error as Error).message)).toContain(name);
    expect(sim.stats.apiRequests).toBe(before);
  });

  it.for(withRequired.map((op) => [op.id, op] as const))('%s sent raw without it gets athena\'s 400 missingfields', async ([_id, op], { athena }) => {
    const complete = requiredParams(op);
    const name = Object.keys(complete)[0] as string;
    const { [name]: _dropped, ...incomplete } = complete;
    const raw = Object.fromEntries(Object.entries(incomplete).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
    const error = await athena.request(op.method, pathFilled(op), raw).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).error).toBe('Additional fields are required.');
    expect((error as BadRequestError).missingFields).toContain(name);
  });

  const writes = specOperations.filter((op) => op.method !== 'GET');
  it.for(writes.map((op) => [op.id, op] as const))('%s turns athena\'s soft failure (HTTP 200, success false) into an ApiError', async ([_id, op], { sim, athena }) => {
    sim.faults.softFailNext(1, { match: { method: op.method, path: pathFilled(op) }, errormessage: 'Simulated refusal.' });
    const error = await Promise.resolve()
      .then(() => method(athena, op)(...args(op, requiredParams(op))))
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(200);
    expect((error as ApiError).error).toBe('Simulated refusal.');
  });

  const pathOnly = specOperations.filter((op) => pathParamNames(op.path).length > 0);
  it.for(pathOnly.map((op) => [op.id, op] as const))('%s refuses an empty path id before the call', async ([_id, op], { sim, athena }) => {
    const before = sim.stats.apiRequests;
    await expect(Promise.resolve().then(() => method(athena, op)(...args(op, requiredParams(op), '')))).rejects.toBeInstanceOf(InvalidRequestError);
    expect(sim.stats.apiRequests).toBe(before);
  });
});
