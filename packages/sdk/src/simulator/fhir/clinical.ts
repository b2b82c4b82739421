/**
 * Seeded clinical records per patient, computed from the patient's id alone (like the
 * seeded patients themselves), so nothing is stored and a read rebuilds what a search showed.
 * Each type has a tag for its ids (`a-{practice}.{tag}-{patientid}-{n}`) and a count per patient.
 */
import { toFhirDepartmentId, toFhirPatientId, toFhirPractitionerId, type FhirResource } from '../../internal.js';
import type { PatientRecord } from '../data/patient-generator.js';
import { clinicalId } from './references.js';

export interface ClinicalContext {
  practiceId: string;
  patient: PatientRecord;
  /** Deterministic 32-bit number for (patient, salt). */
  hash(salt: number): number;
}

export interface ClinicalType {
  readonly tag: string;
  count(ctx: ClinicalContext): number;
  build(ctx: ClinicalContext, n: number): FhirResource;
}

const SNOMED = 'http://snomed.info/sct';
const ICD10 = 'http://hl7.org/fhir/sid/icd-10-cm';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const LOINC = 'http://loinc.org';
const CVX = 'http://hl7.org/fhir/sid/cvx';

const CONDITIONS = [
  { snomed: '38341003', icd: 'I10', text: 'Essential hypertension' },
  { snomed: '44054006', icd: 'E11.9', text: 'Type 2 diabetes mellitus' },
  { snomed: '195967001', icd: 'J45.909', text: 'Asthma' },
  { snomed: '55822004', icd: 'E78.5', text: 'Hyperlipidemia' },
  { snomed: '37796009', icd: 'G43.909', text: 'Migraine' },
];
const ALLERGIES = [
  { system: RXNORM, code: '7980', text: 'Penicillin G' },
  { system: SNOMED, code: '256349002', text: 'Peanut' },
  { system: SNOMED, code: '111088007', text: 'Latex' },
  { system: RXNORM, code: '10180', text: 'Sulfamethoxazole' },
];
const MEDICATIONS = [
  { code: '314076', text: 'lisinopril 10 MG Oral Tablet', dose: 'Take 1 tablet by mouth daily' },
  { code: '861007', text: 'metformin hydrochloride 500 MG Oral Tablet', dose: 'Take 1 tablet by mouth twice daily' },
  { code: '745679', text: 'albuterol 0.09 MG/ACTUAT Metered Dose Inhaler', dose: 'Inhale 2 puffs every 4 hours as needed' },
  { code: '617310', text: 'atorvastatin 20 MG Oral Tablet', dose: 'Take 1 tablet by mouth at bedtime' },
];
const VITALS = [
  { code: '29463-7', text: 'Body weight', unit: 'kg', min: 45, span: 60 },
  { code: '8302-2', text: 'Body height', unit: 'cm', min: 150, span: 40 },
  { code: '8867-4', text: 'Heart rate', unit: '/min', min: 55, span: 40 },
];
const VACCINES = [
  { code: '141', text: 'Influenza, seasonal, injectable' },
  { code: '208', text: 'COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose' },
  { code: '115', text: 'Tdap' },
];

function pick<T>(list: readonly T[], h: number): T {
  return list[h % list.length] as T;
}

function patientRef(ctx: ClinicalContext) {
  return { reference: `Patient/${toFhirPatientId(ctx.practiceId, String(ctx.patient.patientid))}` };
}

function providerRef(ctx: ClinicalContext) {
  return { reference: `Practitioner/${toFhirPractitionerId(ctx.practiceId, String(ctx.patient.primaryproviderid || '1'))}` };
}

function departmentRef(ctx: ClinicalContext) {
  return { reference: `Organization/${toFhirDepartmentId(ctx.practiceId, String(ctx.patient.departmentid || '1'))}` };
}

function id(ctx: ClinicalContext, tag: string, n: number): string {
  return clinicalId(ctx.practiceId, tag, String(ctx.patient.patientid), n);
}

/** A visit date in 2023-2025: the n-th visit of the patient, a few months apart. */
function visitDate(ctx: ClinicalContext, n: number): string {
  const h = ctx.hash(20 + n);
  const month = ((h % 4) + n * 4) % 12;
  return `${2023 + ((h >>> 3) % 3)}-${String(month + 1).padStart(2, '0')}-${String(((h >>> 7) % 28) + 1).padStart(2, '0')}`;
}

function encounterRef(ctx: ClinicalContext, n: number) {
  return { reference: `Encounter/${id(ctx, 'encounter', n)}` };
}

export const CLINICAL_TYPES = {
  Encounter: {
    tag: 'encounter',
    count: () => 2,
    build: (ctx, n) => ({
      resourceType: 'Encounter',
      id: id(ctx, 'encounter', n),
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
      type: [{ text: 'Office visit' }],
      subject: patientRef(ctx),
      participant: [{ individual: providerRef(ctx) }],
      period: { start: `${visitDate(ctx, n)}T14:00:00Z`, end: `${visitDate(ctx, n)}T14:30:00Z` },
      serviceProvider: departmentRef(ctx),
    }),
  },
  Condition: {
    tag: 'condition',
    count: (ctx) => 1 + (ctx.hash(30) % 3),
    build: (ctx, n) => {
      const c = pick(CONDITIONS, ctx.hash(31) + n);
      return {
        resourceType: 'Condition',
        id: id(ctx, 'condition', n),
        clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
        verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
        category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }] }],
        code: { coding: [{ system: SNOMED, code: c.snomed, display: c.text }, { system: ICD10, code: c.icd }], text: c.text },
        subject: patientRef(ctx),
        encounter: encounterRef(ctx, 1),
        recordedDate: visitDate(ctx, 1),
      };
    },
  },
  AllergyIntolerance: {
    tag: 'allergy',
    count: (ctx) => ctx.hash(40) % 3,
    build: (ctx, n) => {
      const a = pick(ALLERGIES, ctx.hash(41) + n);
      return {
        resourceType: 'AllergyIntolerance',
        id: id(ctx, 'allergy', n),
        clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] },
        verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'confirmed' }] },
        code: { coding: [{ system: a.system, code: a.code, display: a.text }], text: a.text },
        patient: patientRef(ctx),
        recordedDate: visitDate(ctx, 1),
      };
    },
  },
  MedicationRequest: {
    tag: 'medicationrequest',
    count: (ctx) => 1 + (ctx.hash(50) % 3),
    build: (ctx, n) => {
      const m = pick(MEDICATIONS, ctx.hash(51) + n);
      return {
        resourceType: 'MedicationRequest',
        id: id(ctx, 'medicationrequest', n),
        status: 'active',
        // The last one is a plan, so an intent filter has something to leave out.
        intent: n === 3 ? 'plan' : 'order',
        medicationCodeableConcept: { coding: [{ system: RXNORM, code: m.code, display: m.text }], text: m.text },
        subject: patientRef(ctx),
        encounter: encounterRef(ctx, 1),
        authoredOn: visitDate(ctx, 1),
        requester: providerRef(ctx),
        dosageInstruction: [{ text: m.dose }],
      };
    },
  },
  Observation: {
    tag: 'observation',
    count: () => VITALS.length,
    build: (ctx, n) => {
      const v = VITALS[n - 1] as (typeof VITALS)[number];
      return {
        resourceType: 'Observation',
        id: id(ctx, 'observation', n),
        status: 'final',
        category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }],
        code: { coding: [{ system: LOINC, code: v.code, display: v.text }], text: v.text },
        subject: patientRef(ctx),
        encounter: encounterRef(ctx, 1),
        effectiveDateTime: `${visitDate(ctx, 1)}T14:10:00Z`,
        valueQuantity: { value: v.min + (ctx.hash(60 + n) % v.span), unit: v.unit, system: 'http://unitsofmeasure.org', code: v.unit },
      };
    },
  },
  Immunization: {
    tag: 'immunization',
    count: (ctx) => 1 + (ctx.hash(70) % 2),
    build: (ctx, n) => {
      const v = pick(VACCINES, ctx.hash(71) + n);
      return {
        resourceType: 'Immunization',
        id: id(ctx, 'immunization', n),
        status: 'completed',
        vaccineCode: { coding: [{ system: CVX, code: v.code, display: v.text }], text: v.text },
        patient: patientRef(ctx),
        occurrenceDateTime: visitDate(ctx, n),
        primarySource: true,
      };
    },
  },
  DocumentReference: {
    tag: 'document',
    count: () => 1,
    build: (ctx, n) => ({
      resourceType: 'DocumentReference',
      id: id(ctx, 'document', n),
      status: 'current',
      type: { coding: [{ system: LOINC, code: '34133-9', display: 'Summary of episode note' }] },
      category: [{ coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category', code: 'clinical-note' }] }],
      subject: patientRef(ctx),
      date: `${visitDate(ctx, 1)}T15:00:00Z`,
      author: [providerRef(ctx)],
      content: [{ attachment: { contentType: 'text/plain', data: Buffer.from('Visit summary (simulated).').toString('base64') } }],
      context: { encounter: [encounterRef(ctx, 1)] },
    }),
  },
  Appointment: {
    tag: 'appointment',
    count: (ctx) => 1 + (ctx.hash(80) % 2),
    build: (ctx, n) => ({
      resourceType: 'Appointment',
      id: id(ctx, 'appointment', n),
      status: 'booked',
      serviceType: [{ text: 'Office visit' }],
      start: `2026-${String(((ctx.hash(81) + n) % 12) + 1).padStart(2, '0')}-15T15:00:00Z`,
      end: `2026-${String(((ctx.hash(81) + n) % 12) + 1).padStart(2, '0')}-15T15:30:00Z`,
      participant: [
        { actor: patientRef(ctx), status: 'accepted' },
        { actor: providerRef(ctx), status: 'accepted' },
        { actor: departmentRef(ctx), status: 'accepted' },
      ],
    }),
  },
} satisfies Record<string, ClinicalType>;

export type ClinicalTypeName = keyof typeof CLINICAL_TYPES;

/** Whether the simulator seeds records of this type per patient. */
export function isClinicalType(type: string): type is ClinicalTypeName {
  return Object.prototype.hasOwnProperty.call(CLINICAL_TYPES, type);
}
