/**
 * Encounters. athena opens them at check-in, never through the API, so each live patient
 * has two seeded past visits: encounter `{patientid}01` and `{patientid}02` (patient 12 has
 * 1201 and 1202), in the patient's department with their primary provider. Updates (the
 * patient's location and status) and added diagnoses show on later reads; summaries are
 * JSON `summaryhtml`, or HTML / PDF when the Accept header asks.
 */
import type { SimRecord } from '../data/records.js';
import { dateKey } from '../data/scheduling.js';
import { givenFields, missingParent, recordAnswer, unknownRecord, type Collection } from './collections.js';
import { escapeHtml, negotiated } from './content.js';
import { fail, isTrue, ok, type HandlerTable, type Reply, type RouteContext } from './context.js';
import { pageOf, readPaging } from './paging.js';

const ENCOUNTERS: Collection = { path: '/chart/encounter', idName: 'encounterid' };
const VISIT_DATES = ['03/14/2025', '09/02/2025'];

export const encounterHandlers: HandlerTable = {
  'encounters.listEncounters': (ctx) => {
    const missing = missingParent(ctx);
    if (missing !== undefined) return missing;
    const { appointmentid, startdate, enddate } = ctx.params;
    const matches = encountersOf(ctx, ctx.params.patientid as string)
      .filter((e) => appointmentid === undefined || e.appointmentid === appointmentid)
      .filter((e) => (startdate === undefined || dateKey(e.encounterdate as string) >= dateKey(startdate)) && (enddate === undefined || dateKey(e.encounterdate as string) <= dateKey(enddate)))
      .map((e) => (isTrue(ctx.params.showdiagnoses) ? e : withoutDiagnoses(e)));
    return pageOf(ctx, matches, readPaging(ctx, 1000));
  },

  'encounters.getEncounter': (ctx) => withEncounter(ctx, (e) => ok(recordAnswer(ctx, withoutDiagnoses(e)))),

  'encounters.updateEncounter': (ctx) =>
    withEncounter(ctx, (e, scope) => {
      ctx.data.records.put(scope, e.encounterid as string, { ...e, ...givenFields(ctx), lastupdated: ctx.data.now() });
      return ok({ success: 'true' });
    }),

  'encounters.listDiagnoses': (ctx) => withEncounter(ctx, (e) => ok(e.diagnoses)),

  'encounters.addDiagnosis': (ctx) =>
    withEncounter(ctx, (e, scope) => {
      const diagnosisid = ctx.data.records.nextId();
      const icdcodes = (ctx.params.icd10codes ?? '').split(',').filter((c) => c !== '').map((code) => ({ code, codeset: 'ICD10' }));
      const diagnosis: SimRecord = { diagnosisid, snomedcode: ctx.params.snomedcode, icdcodes, ...(ctx.params.note ? { note: ctx.params.note } : {}) };
      ctx.data.records.put(scope, e.encounterid as string, { ...e, diagnoses: [...(e.diagnoses as SimRecord[]), diagnosis], lastupdated: ctx.data.now() });
      return ok({ success: 'true', diagnosisid, icdcodes });
    }),

  'encounters.getEncounterSummary': (ctx) => withEncounter(ctx, (e) => summary(ctx, e)),

  'encounters.getAppointmentEncounterSummary': (ctx) => {
    const missing = missingParent(ctx);
    if (missing !== undefined) return missing;
    const e = encountersOf(ctx, ctx.params.patientid as string).find((x) => x.appointmentid === ctx.params.appointmentid);
    return e === undefined ? fail(404, { error: 'There is no encounter for this appointment.' }) : summary(ctx, e);
  },
};

function summary(ctx: RouteContext, e: SimRecord): Reply {
  const diagnoses = (e.diagnoses as SimRecord[]).map((d) => `<li>SNOMED ${escapeHtml(String(d.snomedcode))}</li>`).join('');
  const html = `<html><body><h1>Encounter ${escapeHtml(String(e.encounterid))}</h1><p>${escapeHtml(String(e.encounterdate))}</p><ul>${diagnoses}</ul></body></html>`;
  return negotiated(ctx, html, `Encounter ${String(e.encounterid)} summary`, 'summaryhtml');
}

/** The patient's encounters, seeded on first use. */
function encountersOf(ctx: RouteContext, patientid: string): SimRecord[] {
  const scope = `/chart/${patientid}/encounters`;
  const patient = ctx.data.patients.get(patientid);
  ctx.data.records.seedOnce(scope, 'encounterid', () =>
    VISIT_DATES.map((encounterdate, i) => ({
      encounterid: `${patientid}0${i + 1}`,
      patientid,
      departmentid: String(patient?.departmentid ?? '1'),
      providerid: String(patient?.primaryproviderid ?? '1'),
      encounterdate,
      encountertype: 'VISIT',
      encountervisitname: 'Office Visit',
      // The visit's appointment: the simulator numbers it like the encounter.
      appointmentid: `${patientid}0${i + 1}`,
      status: 'CLOSED',
      lastupdated: `${encounterdate} 16:00:00`,
      diagnoses: [],
    })),
  );
  return ctx.data.records.list(scope);
}

/** The encounter of the path: its patient is in its id (`{patientid}0{n}`). */
function withEncounter(ctx: RouteContext, then: (e: SimRecord, scope: string) => Reply): Reply {
  const id = ctx.params.encounterid as string;
  const match = /^([1-9]\d*)0([12])$/.exec(id);
  const patient = match === null ? undefined : ctx.data.patients.get(match[1] as string);
  if (match === null || patient === undefined || patient.status === 'd') return unknownRecord(ENCOUNTERS, id);
  const e = encountersOf(ctx, match[1] as string).find((x) => x.encounterid === id);
  return e === undefined ? unknownRecord(ENCOUNTERS, id) : then(e, `/chart/${match[1]}/encounters`);
}

function withoutDiagnoses(e: SimRecord): SimRecord {
  const { diagnoses: _d, ...rest } = e;
  return rest;
}
