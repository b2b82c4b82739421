/**
 * What the simulator's FHIR server serves, one row per resource type: how to read one by
 * id and which resources a search matches. Paging, required combinations and errors are
 * the handler's; rows only find records. Parameters the simulator does not know are
 * ignored, as lenient FHIR servers do.
 */
import { parseFhirId, type FhirResource, type Patient } from '../../internal.js';
import { mix, type PatientRecord } from '../data/patient-generator.js';
import { findProvider } from '../data/providers.js';
import type { Params } from '../params.js';
import { CLINICAL_TYPES, type ClinicalContext, type ClinicalType } from './clinical.js';
import { allOrganizations, allPractitioners, NPI_SYSTEM, PATIENT_ID_SYSTEM, patientResource, practitionerResource } from './directory.js';
import { withLastUpdated } from './last-updated.js';
import { provenanceRow } from './provenance.js';
import type { FhirContext, FhirTypeRow } from './type-row.js';
import { orValues, parseClinicalId, patientIdFromReference } from './references.js';

export type { FhirContext, FhirTypeRow } from './type-row.js';

/** A live patient record (deleted ones are not served over FHIR). */
function livePatient(ctx: FhirContext, patientId: string): PatientRecord | undefined {
  const p = ctx.data.patients.get(patientId);
  return p === undefined || p.status === 'd' ? undefined : p;
}

function clinicalContext(practiceId: string, patient: PatientRecord): ClinicalContext {
  const index = Number(patient.patientid);
  return { practiceId, patient, hash: (salt) => mix(index, 1000 + salt) };
}

function clinicalRecords(ctx: FhirContext, type: ClinicalType, patientId: string): FhirResource[] {
  const patient = livePatient(ctx, patientId);
  if (patient === undefined) return [];
  const cc = clinicalContext(ctx.practiceId, patient);
  const out: FhirResource[] = [];
  for (let n = 1; n <= type.count(cc); n++) out.push(withLastUpdated(type.build(cc, n)));
  return out;
}

function clinicalRow(type: ClinicalType, filter?: (resource: FhirResource, params: Params) => boolean): FhirTypeRow {
  return {
    read(ctx, id) {
      const parsed = parseClinicalId(id, ctx.practiceId, type.tag);
      if (parsed === undefined) return undefined;
      return clinicalRecords(ctx, type, parsed.patientId).find((r) => r.id === id);
    },
    search(ctx, params) {
      const patientIds = new Set<string>();
      for (const ref of orValues(params.patient)) {
        const id = patientIdFromReference(ref, ctx.practiceId);
        if (id !== undefined) patientIds.add(id);
      }
      const wantedIds = orValues(params._id);
      for (const id of wantedIds) {
        const parsed = parseClinicalId(id, ctx.practiceId, type.tag);
        if (parsed !== undefined) patientIds.add(parsed.patientId);
      }
      // Condition by encounter: the encounter's patient.
      for (const ref of orValues(params.encounter)) {
        const parsed = parseClinicalId(ref.replace(/^Encounter\//, ''), ctx.practiceId, CLINICAL_TYPES.Encounter.tag);
        if (parsed !== undefined) patientIds.add(parsed.patientId);
      }
      const out: FhirResource[] = [];
      for (const patientId of [...patientIds].sort((a, b) => Number(a) - Number(b))) {
        for (const resource of clinicalRecords(ctx, type, patientId)) {
          if (wantedIds.length > 0 && !wantedIds.includes(resource.id as string)) continue;
          if (filter && !filter(resource, params)) continue;
          out.push(resource);
        }
      }
      return out;
    },
  };
}

function referencesEncounter(resource: FhirResource, params: Params): boolean {
  const wanted = orValues(params.encounter).map((r) => (r.startsWith('Encounter/') ? r : `Encounter/${r}`));
  if (wanted.length === 0) return true;
  const ref = (resource as { encounter?: { reference?: string } }).encounter?.reference;
  return ref !== undefined && wanted.includes(ref);
}

function hasIntent(resource: FhirResource, params: Params): boolean {
  const wanted = orValues(params.intent);
  return wanted.length === 0 || wanted.includes((resource as { intent?: string }).intent ?? '');
}

/** `system|value`, `|value` or `value`; true when the system (if any) and value match. */
function tokenMatches(token: string, system: string, value: string): boolean {
  const bar = token.indexOf('|');
  if (bar < 0) return token === value;
  const s = token.slice(0, bar);
  return (s === '' || s === system) && token.slice(bar + 1) === value;
}

function startsWith(value: string | undefined, prefix: string, exact: boolean): boolean {
  if (value === undefined) return false;
  return exact ? value.toLowerCase() === prefix.toLowerCase() : value.toLowerCase().startsWith(prefix.toLowerCase());
}

function patientMatches(p: Patient, params: Params): boolean {
  const name = p.name?.[0];
  const family = name?.family;
  const given = name?.given?.[0];
  if (params.name !== undefined && !orValues(params.name).some((v) => startsWith(family, v, false) || startsWith(given, v, false))) return false;
  if (params.family !== undefined && !orValues(params.family).some((v) => startsWith(family, v, false))) return false;
  if (params['family:exact'] !== undefined && !orValues(params['family:exact']).some((v) => startsWith(family, v, true))) return false;
  if (params.given !== undefined && !orValues(params.given).some((v) => startsWith(given, v, false))) return false;
  if (params.birthdate !== undefined && !orValues(params.birthdate).some((v) => v.replace(/^eq/, '') === p.birthDate)) return false;
  if (params.gender !== undefined && !orValues(params.gender).includes(p.gender ?? '')) return false;
  return true;
}

const patientRow: FhirTypeRow = {
  read(ctx, id) {
    const patientId = patientIdFromReference(id, ctx.practiceId);
    const record = patientId === undefined ? undefined : livePatient(ctx, patientId);
    return record === undefined ? undefined : patientResource(ctx.practiceId, record);
  },
  search(ctx, params) {
    // `_id` and `identifier` name the candidates; otherwise every patient is a candidate.
    let candidates: string[] | undefined;
    if (params._id !== undefined) {
      candidates = orValues(params._id).flatMap((ref) => patientIdFromReference(ref, ctx.practiceId) ?? []);
    }
    if (params.identifier !== undefined) {
      const byIdentifier = orValues(params.identifier).flatMap((token) => {
        const value = token.slice(token.indexOf('|') + 1);
        return tokenMatches(token, PATIENT_ID_SYSTEM, value) ? [value] : [];
      });
      candidates = candidates === undefined ? byIdentifier : candidates.filter((c) => byIdentifier.includes(c));
    }
    const ids = candidates ?? Array.from({ length: ctx.data.patients.lastId }, (_, i) => String(i + 1));
    const out: FhirResource[] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const record = livePatient(ctx, id);
      if (record === undefined) continue;
      const resource = patientResource(ctx.practiceId, record);
      if (patientMatches(resource, params)) out.push(resource);
    }
    return out;
  },
};

const practitionerRow: FhirTypeRow = {
  read(ctx, id) {
    try {
      const parsed = parseFhirId(`Practitioner/${id}`);
      const provider = parsed.practiceId === ctx.practiceId ? findProvider(parsed.id) : undefined;
      return provider === undefined ? undefined : practitionerResource(ctx.practiceId, provider);
    } catch {
      return undefined;
    }
  },
  search(ctx, params) {
    const ids = orValues(params._id);
    const identifiers = orValues(params.identifier);
    return allPractitioners(ctx.practiceId).filter(
      (p) =>
        (ids.length === 0 || ids.includes(p.id as string)) &&
        (identifiers.length === 0 || identifiers.some((t) => tokenMatches(t, NPI_SYSTEM, p.identifier?.[0]?.value ?? ''))),
    );
  },
};

const organizationRow: FhirTypeRow = {
  read: (ctx, id) => allOrganizations(ctx.practiceId).find((o) => o.id === id),
  search(ctx, params) {
    const ids = orValues(params._id).map((id) => id.replace(/^Organization\//, ''));
    return allOrganizations(ctx.practiceId).filter((o) => ids.includes(o.id as string));
  },
};

const questionnaireResponseRow: FhirTypeRow = {
  read: (ctx, id) => ctx.data.fhir.getQuestionnaireResponse(id),
  search(ctx, params) {
    const ids = orValues(params._id);
    const patients = orValues(params.patient).map((r) => (r.startsWith('Patient/') ? r : `Patient/${r}`));
    const questionnaires = orValues(params.questionnaire);
    return ctx.data.fhir.questionnaireResponses().filter(
      (r) =>
        (ids.length === 0 || ids.includes(r.id as string)) &&
        (patients.length === 0 || patients.includes(r.subject?.reference ?? '')) &&
        (questionnaires.length === 0 || questionnaires.includes(r.questionnaire ?? '')),
    );
  },
};

/** Every resource type the simulator's FHIR server serves. */
export const FHIR_TYPES: Readonly<Record<string, FhirTypeRow>> = {
  Patient: patientRow,
  Practitioner: practitionerRow,
  Organization: organizationRow,
  Encounter: clinicalRow(CLINICAL_TYPES.Encounter),
  Condition: clinicalRow(CLINICAL_TYPES.Condition, referencesEncounter),
  AllergyIntolerance: clinicalRow(CLINICAL_TYPES.AllergyIntolerance),
  MedicationRequest: clinicalRow(CLINICAL_TYPES.MedicationRequest, hasIntent),
  Observation: clinicalRow(CLINICAL_TYPES.Observation),
  Immunization: clinicalRow(CLINICAL_TYPES.Immunization),
  DocumentReference: clinicalRow(CLINICAL_TYPES.DocumentReference),
  Appointment: clinicalRow(CLINICAL_TYPES.Appointment),
  QuestionnaireResponse: questionnaireResponseRow,
  Provenance: provenanceRow((ctx, reference) => readReference(ctx, reference)),
};

export function fhirTypeRow(type: string): FhirTypeRow | undefined {
  return Object.prototype.hasOwnProperty.call(FHIR_TYPES, type) ? FHIR_TYPES[type] : undefined;
}

/** The resource a relative reference `Type/id` names, if the simulator serves it. */
export function readReference(ctx: FhirContext, reference: string): FhirResource | undefined {
  const slash = reference.indexOf('/');
  if (slash <= 0 || reference.indexOf('/', slash + 1) >= 0) return undefined;
  return fhirTypeRow(reference.slice(0, slash))?.read(ctx, reference.slice(slash + 1));
}
