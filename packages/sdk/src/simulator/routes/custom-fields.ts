/**
 * Custom fields: the practice's definitions (a bare array, as athena sends `/customfields`),
 * each patient's values (PUT takes `customfields` as a JSON array of `{customfieldid,
 * customfieldvalue | optionid}` and answers `{success, updatedcount, disallowedcount}`;
 * entries naming no known field, or an option the field lacks, are counted as disallowed),
 * and the patient search by a field's value. Each update is reported on the `patients`
 * feed as athena's UpdatePatientCustomField.
 */
import { invalidData } from '../athena-errors.js';
import type { SimRecord } from '../data/records.js';
import { missingParent } from './collections.js';
import { fail, ok, type HandlerTable } from './context.js';
import { pageOf, readPaging } from './paging.js';

interface Definition {
  customfieldid: string;
  name: string;
  type: 'FREETEXT' | 'SELECT';
  select: 'true' | 'false';
  searchable: 'true';
  disallowupdate: 'false';
  selectlist?: { optionid: string; optionvalue: string }[];
}

/** The practice's custom fields (seeds). */
export const CUSTOM_FIELDS: readonly Definition[] = [
  { customfieldid: '1', name: 'Preferred pharmacy', type: 'FREETEXT', select: 'false', searchable: 'true', disallowupdate: 'false' },
  {
    customfieldid: '2',
    name: 'Referral source',
    type: 'SELECT',
    select: 'true',
    searchable: 'true',
    disallowupdate: 'false',
    selectlist: [
      { optionid: '21', optionvalue: 'Web search' },
      { optionid: '22', optionvalue: 'Friend or family' },
    ],
  },
];

/** athena pages this search 10 at a time, like the patient search. */
const SEARCH_LIMIT = 10;

export const customFieldHandlers: HandlerTable = {
  'customFields.listCustomFields': () => ok(CUSTOM_FIELDS),

  'patients.getPatientCustomFields': (ctx) => missingParent(ctx) ?? ok(valuesOf(ctx.data.records.list(scopeOf(ctx.params.patientid as string)))),

  'patients.updatePatientCustomFields': (ctx) => {
    const missing = missingParent(ctx);
    if (missing !== undefined) return missing;
    let given: unknown;
    try {
      given = JSON.parse(ctx.params.customfields as string);
    } catch {
      return fail(400, invalidData('customfields must be a JSON array.'));
    }
    if (!Array.isArray(given)) return fail(400, invalidData('customfields must be a JSON array.'));
    const patientid = ctx.params.patientid as string;
    let updatedcount = 0;
    for (const entry of given as Record<string, unknown>[]) {
      const value = valueFor(entry);
      if (value === undefined) continue;
      ctx.data.records.put(scopeOf(patientid), value.customfieldid as string, value);
      updatedcount++;
    }
    if (updatedcount > 0) ctx.data.feeds.record('patients', 'UpdatePatientCustomField', { patientid, departmentid: ctx.params.departmentid });
    return ok({ success: 'true', updatedcount: String(updatedcount), disallowedcount: String(given.length - updatedcount) });
  },

  'patients.searchPatientsByCustomField': (ctx) => {
    const { customfieldid, customfieldvalue } = ctx.params as { customfieldid: string; customfieldvalue: string };
    const matches = [];
    for (let id = 1; id <= ctx.data.patients.lastId; id++) {
      const value = ctx.data.records.get(scopeOf(String(id)), customfieldid);
      if (value === undefined || (value.customfieldvalue !== customfieldvalue && value.optionid !== customfieldvalue)) continue;
      const patient = ctx.data.patients.get(String(id));
      if (patient !== undefined && patient.status !== 'd') matches.push(patient);
    }
    return pageOf(ctx, matches, readPaging(ctx, SEARCH_LIMIT));
  },
};

function scopeOf(patientid: string): string {
  return `/patients/${patientid}/customfields`;
}

/** The stored value of one PUT entry, or undefined when athena would disallow it. */
function valueFor(entry: Record<string, unknown>): SimRecord | undefined {
  if (entry === null || typeof entry !== 'object') return undefined;
  const field = CUSTOM_FIELDS.find((f) => f.customfieldid === String(entry.customfieldid));
  if (field === undefined) return undefined;
  if (field.type === 'SELECT') {
    const option = field.selectlist?.find((o) => o.optionid === String(entry.optionid));
    return option === undefined ? undefined : { customfieldid: field.customfieldid, optionid: option.optionid, customfieldvalue: option.optionvalue };
  }
  return typeof entry.customfieldvalue === 'string' ? { customfieldid: field.customfieldid, customfieldvalue: entry.customfieldvalue } : undefined;
}

function valuesOf(records: SimRecord[]): SimRecord[] {
  return records.map((r) => ({ ...r }));
}
