/**
 * athena's custom FHIR operations, one row each (from its CapabilityStatement).
 * `instance` operations run on one resource (`Appointment/{id}/$name`), `type` ones on
 * the type (`FamilyMemberHistory/$name`). Operations that change data are sent with POST
 * and so are never retried; the others default to GET and may be sent with POST and a
 * `Parameters` body instead.
 */
export interface FhirOperationSpec {
  readonly resourceType: string;
  readonly level: 'instance' | 'type';
  readonly method: 'GET' | 'POST';
  readonly summary: string;
}

export const FHIR_OPERATIONS = {
  'Appointment/$self-checkin-entry-url': {
    resourceType: 'Appointment',
    level: 'instance',
    method: 'GET',
    summary: 'A patient self check-in link, valid for a week or 10 uses.',
  },
  'Appointment/$telehealth-zoom-credentials': {
    resourceType: 'Appointment',
    level: 'instance',
    method: 'GET',
    summary: 'Zoom credentials for a telehealth appointment.',
  },
  'Patient/$health-cards-issue': {
    resourceType: 'Patient',
    level: 'instance',
    method: 'POST',
    summary: 'Issues SMART Health Cards for a patient (a Parameters body names the credential types).',
  },
  'QuestionnaireResponse/$latest-response-by-questionnaire': {
    resourceType: 'QuestionnaireResponse',
    level: 'type',
    method: 'GET',
    summary: "A patient's latest response to a questionnaire.",
  },
  'FamilyMemberHistory/$batch-write': {
    resourceType: 'FamilyMemberHistory',
    level: 'type',
    method: 'POST',
    summary: 'Writes several family history entries at once.',
  },
} as const satisfies Record<string, FhirOperationSpec>;

export type FhirOperationName = keyof typeof FHIR_OPERATIONS;

export function findFhirOperation(name: string): FhirOperationSpec | undefined {
  return Object.prototype.hasOwnProperty.call(FHIR_OPERATIONS, name) ? FHIR_OPERATIONS[name as FhirOperationName] : undefined;
}
