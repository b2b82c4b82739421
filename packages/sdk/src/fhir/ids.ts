/**
 * athena's FHIR logical ids carry the REST ids inside them:
 * patient `a-{practiceid}.E-{patientid}`, department `a-{practiceid}.Department-{departmentid}`,
 * chart sharing group `a-{practiceid}.CSG-{id}`, practice `a-1.Practice-{practiceid}`
 * (the practice itself lives in the "practice 1" namespace, as in `ah-practice`).
 * Practitioners are `a-{practiceid}.Provider-{providerid}` (inferred: athena's public sources do not state it).
 */
import { InvalidRequestError } from '../base/errors.js';

/** What a FHIR id stands for in athena's REST API. */
export type AthenaIdKind = 'patient' | 'department' | 'practice' | 'chartSharingGroup' | 'provider';

export interface AthenaFhirId {
  kind: AthenaIdKind;
  /** The FHIR resource type the id belongs to, e.g. `Patient` or `Organization`. */
  resourceType: 'Patient' | 'Organization' | 'Practitioner';
  /** The practice the record belongs to (for `practice`, the practice itself). */
  practiceId: string;
  /** The REST id: `patientid`, `departmentid`, `chartsharinggroupid`, `providerid`, or the practice id. */
  id: string;
}

const KINDS: readonly { kind: AthenaIdKind; tag: string; resourceType: AthenaFhirId['resourceType'] }[] = [
  { kind: 'patient', tag: 'E', resourceType: 'Patient' },
  { kind: 'department', tag: 'Department', resourceType: 'Organization' },
  { kind: 'chartSharingGroup', tag: 'CSG', resourceType: 'Organization' },
  { kind: 'practice', tag: 'Practice', resourceType: 'Organization' },
  { kind: 'provider', tag: 'Provider', resourceType: 'Practitioner' },
];

const NUMERIC_ID = /^[1-9][0-9]{0,18}$/;
const FHIR_ID = /^a-([1-9][0-9]{0,18})\.([A-Za-z]+)-([1-9][0-9]{0,18})$/;

function restId(name: string, value: unknown, where: string): string {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !NUMERIC_ID.test(text)) {
    throw new InvalidRequestError(`${where}: ${name} must be a positive whole number (athena's numeric id).`);
  }
  return text;
}

/**
 * The FHIR Patient id for a REST patient id.
 * @example
 * toFhirPatientId('195900', '12'); // 'a-195900.E-12'
 */
export function toFhirPatientId(practiceId: string | number, patientId: string | number): string {
  return `a-${restId('practiceId', practiceId, 'toFhirPatientId')}.E-${restId('patientId', patientId, 'toFhirPatientId')}`;
}

/**
 * The FHIR Organization id of a department.
 * @example
 * toFhirDepartmentId('195900', '1'); // 'a-195900.Department-1'
 */
export function toFhirDepartmentId(practiceId: string | number, departmentId: string | number): string {
  return `a-${restId('practiceId', practiceId, 'toFhirDepartmentId')}.Department-${restId('departmentId', departmentId, 'toFhirDepartmentId')}`;
}

/**
 * The FHIR Organization id of a practice, as `ah-practice` wants it after `Organization/`.
 * @example
 * toFhirPracticeId('195900'); // 'a-1.Practice-195900'
 */
export function toFhirPracticeId(practiceId: string | number): string {
  return `a-1.Practice-${restId('practiceId', practiceId, 'toFhirPracticeId')}`;
}

/**
 * The FHIR Organization id of a chart sharing group.
 * @example
 * toFhirChartSharingGroupId('195900', '1'); // 'a-195900.CSG-1'
 */
export function toFhirChartSharingGroupId(practiceId: string | number, chartSharingGroupId: string | number): string {
  return `a-${restId('practiceId', practiceId, 'toFhirChartSharingGroupId')}.CSG-${restId('chartSharingGroupId', chartSharingGroupId, 'toFhirChartSharingGroupId')}`;
}

/**
 * The FHIR Practitioner id of a provider (athena's scheme for practitioners is not
 * in the public sources; this is the one the simulator uses).
 * @example
 * toFhirPractitionerId('195900', '71'); // 'a-195900.Provider-71'
 */
export function toFhirPractitionerId(practiceId: string | number, providerId: string | number): string {
  return `a-${restId('practiceId', practiceId, 'toFhirPractitionerId')}.Provider-${restId('providerId', providerId, 'toFhirPractitionerId')}`;
}

/**
 * Reads a FHIR reference (`Patient/a-195900.E-12`, `Organization/a-1.Practice-195900`,
 * an absolute URL ending in one) or a bare logical id back into athena's REST ids.
 * @example
 * parseFhirId('Patient/a-195900.E-12'); // { kind: 'patient', resourceType: 'Patient', practiceId: '195900', id: '12' }
 */
export function parseFhirId(reference: string): AthenaFhirId {
  const where = 'parseFhirId';
  if (typeof reference !== 'string' || reference.trim() === '') {
    throw new InvalidRequestError(`${where}: expected a FHIR reference such as 'Patient/a-195900.E-12'.`);
  }
  const parts = reference.trim().split('/');
  const logicalId = parts[parts.length - 1] as string;
  const statedType = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  const match = FHIR_ID.exec(logicalId);
  const spec = match ? KINDS.find((k) => k.tag === match[2]) : undefined;
  if (!match || !spec) {
    throw new InvalidRequestError(`${where}: not an athena FHIR id (a-{practice}.E-{id}, .Department-, .CSG-, .Provider- or a-1.Practice-{id}).`);
  }
  if (statedType !== undefined && statedType !== spec.resourceType) {
    throw new InvalidRequestError(`${where}: a ${spec.tag} id belongs to ${spec.resourceType}, not ${statedType}.`);
  }
  const namespace = match[1] as string;
  const value = match[3] as string;
  if (spec.kind === 'practice') {
    if (namespace !== '1') throw new InvalidRequestError(`${where}: practice ids live in namespace a-1 (a-1.Practice-{practiceid}).`);
    return { kind: 'practice', resourceType: 'Organization', practiceId: value, id: value };
  }
  return { kind: spec.kind, resourceType: spec.resourceType, practiceId: namespace, id: value };
}
