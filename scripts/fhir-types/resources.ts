/**
 * The FHIR R4 resources the SDK declares: those athena's FHIR server serves (its
 * CapabilityStatement, mirrored by the SDK's search requirements, custom operations and the
 * simulator), plus the resources every FHIR exchange carries. A test checks that each type
 * the SDK and the simulator name is in this list; add one here, then `npm run generate:fhir-types`.
 */
export const SERVED_RESOURCES = [
  'AllergyIntolerance',
  'Appointment',
  // DocumentReference attachments point at Binary/{id}.
  'Binary',
  'CarePlan',
  'CareTeam',
  'Condition',
  'Coverage',
  'Device',
  'DiagnosticReport',
  'DocumentReference',
  'Encounter',
  'FamilyMemberHistory',
  'Goal',
  'Immunization',
  'Location',
  'Medication',
  'MedicationRequest',
  'Observation',
  'Organization',
  'Patient',
  'Practitioner',
  'Procedure',
  'Provenance',
  'QuestionnaireResponse',
  'ServiceRequest',
] as const;

/** Searches answer with a Bundle, errors with an OperationOutcome, operations take Parameters, `/metadata` is a CapabilityStatement. */
export const EXCHANGE_RESOURCES = ['Bundle', 'CapabilityStatement', 'OperationOutcome', 'Parameters'] as const;
