/**
 * Chart sections with state. Allergies: the PUT upserts by allergenid and an entry given
 * replaces the stored one whole (reactions included), exactly why callers must merge
 * first; entries not given stay. Medications: athena's array of arrays.
 */
import { findDepartment } from '../data/departments.js';
import type { SimAllergy } from '../data/chart.js';
import { invalidData } from '../athena-errors.js';
import { fail, isTrue, ok, type HandlerTable, type Reply, type RouteContext } from './context.js';

export const chartHandlers: HandlerTable = {
  'chart.getAllergies': (ctx) =>
    withChart(ctx, (patientid) => {
      const section = ctx.data.chart.allergySection(patientid);
      const allergies = section.allergies.filter((a) => a.deactivatedate === undefined || isTrue(ctx.params.showinactive));
      return ok({ allergies, nkda: section.nkda, lastupdated: section.lastupdated, ...(section.sectionnote ? { sectionnote: section.sectionnote } : {}) });
    }),

  'chart.updateAllergies': (ctx) =>
    withChart(ctx, (patientid) => {
      let given: unknown = [];
      if (ctx.params.allergies !== undefined && ctx.params.allergies !== '') {
        try {
          given = JSON.parse(ctx.params.allergies);
        } catch {
          return fail(400, invalidData('allergies must be a JSON array.'));
        }
      }
      if (!Array.isArray(given) || !given.every((a) => a !== null && typeof a === 'object' && typeof (a as SimAllergy).allergenid === 'string')) {
        return fail(400, invalidData('Each allergy needs an allergenid.'));
      }
      const section = ctx.data.chart.allergySection(patientid);
      for (const allergy of given as SimAllergy[]) {
        const entry: SimAllergy = { ...allergy, reactions: Array.isArray(allergy.reactions) ? allergy.reactions : [] };
        const at = section.allergies.findIndex((a) => a.allergenid === allergy.allergenid);
        if (at >= 0) section.allergies[at] = entry;
        else section.allergies.push(entry);
        ctx.data.feeds.record('chart/healthhistory/allergies', at >= 0 ? 'AllergyUpdate' : 'AllergyAdd', { patientid, departmentid: ctx.params.departmentid, allergenid: allergy.allergenid });
      }
      if (ctx.params.nkda !== undefined) section.nkda = isTrue(ctx.params.nkda) ? 'true' : 'false';
      if (ctx.params.sectionnote !== undefined) section.sectionnote = ctx.params.sectionnote;
      section.lastupdated = ctx.data.now().slice(0, 10);
      return ok({ success: 'true' });
    }),

  'chart.getMedicationsRaw': (ctx) =>
    withChart(ctx, (patientid) =>
      ok({ medications: ctx.data.chart.medicationGroups(patientid), nomedicationsreported: 'false', lastupdated: '01/05/2026' }),
    ),

  'chart.addMedication': (ctx) =>
    withChart(ctx, (patientid) => {
      const fields: { medicationid: string; startdate?: string; unstructuredsig?: string } = { medicationid: ctx.params.medicationid as string };
      if (ctx.params.startdate) fields.startdate = ctx.params.startdate;
      if (ctx.params.unstructuredsig) fields.unstructuredsig = ctx.params.unstructuredsig;
      const medicationentryid = ctx.data.chart.addMedication(patientid, fields);
      ctx.data.feeds.record('chart/healthhistory/medication', 'MedicationHxAdd', { patientid, departmentid: ctx.params.departmentid, medicationentryid });
      return ok({ success: 'true', medicationentryid });
    }),
};

/** The patient's chart in the department; athena needs both to pick the chart. */
function withChart(ctx: RouteContext, then: (patientid: string) => Reply): Reply {
  const patientid = ctx.params.patientid as string;
  const patient = ctx.data.patients.get(patientid);
  if (patient === undefined || patient.status === 'd') return fail(404, { error: 'The patient ID does not exist.' });
  if (findDepartment(ctx.params.departmentid as string) === undefined) return fail(400, invalidData('Invalid department ID.'));
  return then(patientid);
}
