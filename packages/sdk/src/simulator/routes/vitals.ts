/**
 * Vitals in athena's shapes. POST takes `vitals` as a JSON array of reading groups
 * (`[[{clinicalelementid, value, readingtaken?}]]`) and answers `{success, vitalids:[{vitalid,
 * clinicalelementid}]}`; the list groups readings by vital (`key` from the clinical element,
 * `VITALS.WEIGHT` → `WEIGHT`) with `readings` as an array of arrays, as athena does, and pages
 * over those groups. PUT changes one reading's value, DELETE removes it.
 */
import { invalidData } from '../athena-errors.js';
import type { SimRecord } from '../data/records.js';
import { missingParent, unknownRecord, type Collection } from './collections.js';
import { fail, ok, type HandlerTable, type Reply, type RouteContext } from './context.js';
import { pageOf, readPaging } from './paging.js';

const VITALS: Collection = { path: '/chart/{patientid}/vitals', idName: 'vitalid' };
const ELEMENT = /^VITALS\.[A-Z0-9_.]+$/;

export const vitalHandlers: HandlerTable = {
  'chart.addVitals': (ctx) =>
    withPatient(ctx, (scope) => {
      let groups: unknown;
      try {
        groups = JSON.parse(ctx.params.vitals as string);
      } catch {
        return fail(400, invalidData('vitals must be a JSON array of arrays.'));
      }
      if (!Array.isArray(groups) || !groups.every((g) => Array.isArray(g) && g.length > 0 && g.every(isReading))) {
        return fail(400, invalidData('vitals must be an array of reading groups, each reading with a VITALS.* clinicalelementid and a value.'));
      }
      const vitalids: { vitalid: string; clinicalelementid: string }[] = [];
      for (const group of groups as { clinicalelementid: string; value: unknown; readingtaken?: string }[][]) {
        const readingid = ctx.data.records.nextId();
        for (const reading of group) {
          const vitalid = ctx.data.records.nextId();
          ctx.data.records.put(scope, vitalid, {
            vitalid,
            readingid,
            clinicalelementid: reading.clinicalelementid,
            value: String(reading.value),
            readingtaken: reading.readingtaken ?? ctx.data.now(),
            source: ctx.params.source,
            sourceid: ctx.params.sourceid,
            departmentid: ctx.params.departmentid,
            createddate: ctx.data.now().slice(0, 10),
          });
          vitalids.push({ vitalid, clinicalelementid: reading.clinicalelementid });
        }
      }
      return ok({ success: 'true', vitalids });
    }),

  'chart.listVitals': (ctx) =>
    withPatient(ctx, (scope) => {
      const byKey = new Map<string, SimRecord[]>();
      for (const reading of ctx.data.records.list(scope)) {
        const key = (reading.clinicalelementid as string).split('.')[1] as string;
        byKey.set(key, [...(byKey.get(key) ?? []), reading]);
      }
      const vitals = [...byKey].map(([key, readings], ordering) => ({ key, abbreviation: key.slice(0, 3), ordering, readings: groupsOf(readings) }));
      return pageOf(ctx, vitals, readPaging(ctx, 1000));
    }),

  'chart.updateVital': (ctx) =>
    withVital(ctx, (scope, vital) => {
      ctx.data.records.put(scope, vital.vitalid as string, { ...vital, value: ctx.params.value, source: ctx.params.source });
      return ok({ success: 'true' });
    }),

  'chart.deleteVital': (ctx) =>
    withVital(ctx, (scope, vital) => {
      ctx.data.records.delete(scope, vital.vitalid as string);
      return ok({ success: 'true' });
    }),
};

function isReading(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const r = value as { clinicalelementid?: unknown; value?: unknown };
  return typeof r.clinicalelementid === 'string' && ELEMENT.test(r.clinicalelementid) && (typeof r.value === 'string' || typeof r.value === 'number');
}

/** Readings taken together (one POST group) stay together: athena's array of arrays. */
function groupsOf(readings: SimRecord[]): SimRecord[][] {
  const groups = new Map<unknown, SimRecord[]>();
  for (const reading of readings) groups.set(reading.readingid, [...(groups.get(reading.readingid) ?? []), reading]);
  return [...groups.values()];
}

function withPatient(ctx: RouteContext, then: (scope: string) => Reply): Reply {
  return missingParent(ctx) ?? then(`/chart/${ctx.params.patientid}/vitals`);
}

function withVital(ctx: RouteContext, then: (scope: string, vital: SimRecord) => Reply): Reply {
  return withPatient(ctx, (scope) => {
    const vital = ctx.data.records.get(scope, ctx.params.vitalid as string);
    return vital === undefined ? unknownRecord(VITALS, ctx.params.vitalid as string) : then(scope, vital);
  });
}
