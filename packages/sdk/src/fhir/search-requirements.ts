/**
 * athena has no practice-wide FHIR searches: each resource type accepts a search only
 * when one of its parameter combinations is complete. The table is athena's
 * CapabilityStatement (`ah-search-parameter-metadata`, requiredSearchParams and
 * requiredAnySearchParams). The SDK refuses an incomplete search before the network;
 * the simulator answers it with athena's OperationOutcome. Types not listed are sent as given.
 * `ah-practice` counts as present: the client adds it to every request.
 */
import { InvalidRequestError } from '../base/errors.js';

/** Each inner list is one accepted combination: all of its parameters must be given. */
export type SearchCombinations = readonly (readonly string[])[];

const PATIENT_OR_ID: SearchCombinations = [['patient'], ['_id']];

export const FHIR_SEARCH_REQUIREMENTS: Readonly<Record<string, SearchCombinations>> = {
  AllergyIntolerance: [['patient']],
  Appointment: [['_id'], ['_query', 'base-appointment-id'], ['_query', 'group-appointment-id']],
  CarePlan: PATIENT_OR_ID,
  CareTeam: PATIENT_OR_ID,
  Condition: [['patient'], ['encounter'], ['_id']],
  Coverage: [['patient']],
  Device: PATIENT_OR_ID,
  DiagnosticReport: PATIENT_OR_ID,
  DocumentReference: PATIENT_OR_ID,
  Encounter: PATIENT_OR_ID,
  Goal: PATIENT_OR_ID,
  Immunization: PATIENT_OR_ID,
  Location: [['_id']],
  Medication: [['_id']],
  MedicationRequest: [['patient', 'intent'], ['_id']],
  Observation: PATIENT_OR_ID,
  Organization: [['_id']],
  Patient: [['_id'], ['identifier'], ['name'], ['family', 'birthdate'], ['family', 'gender'], ['family', 'given']],
  Practitioner: [['_id'], ['identifier', 'ah-practice']],
  Procedure: PATIENT_OR_ID,
  Provenance: [['target']],
  ServiceRequest: PATIENT_OR_ID,
};

/** The combinations of a type, or undefined when athena publishes none. */
export function searchCombinations(resourceType: string): SearchCombinations | undefined {
  return Object.prototype.hasOwnProperty.call(FHIR_SEARCH_REQUIREMENTS, resourceType) ? FHIR_SEARCH_REQUIREMENTS[resourceType] : undefined;
}

/** `[[patient],[_id]]`, the notation of athena's error text. */
export function describeCombinations(combinations: SearchCombinations): string {
  return `[${combinations.map((c) => `[${c.join(',')}]`).join(',')}]`;
}

/**
 * Whether the given parameter names satisfy a combination. Names are compared
 * without modifiers (`family:exact` counts as `family`).
 */
export function meetsSearchRequirements(resourceType: string, givenNames: Iterable<string>): boolean {
  const combinations = searchCombinations(resourceType);
  if (combinations === undefined) return true;
  const given = new Set<string>(['ah-practice']);
  for (const name of givenNames) given.add(baseName(name));
  return combinations.some((combination) => combination.every((name) => given.has(name)));
}

/** Throws an InvalidRequestError naming the accepted combinations when the search lacks all of them. */
export function assertSearchRequirements(resourceType: string, givenNames: Iterable<string>, where: string): void {
  if (meetsSearchRequirements(resourceType, givenNames)) return;
  const combinations = searchCombinations(resourceType) as SearchCombinations;
  const readable = combinations.map((c) => c.filter((n) => n !== 'ah-practice').join('+')).join(' | ');
  throw new InvalidRequestError(
    `${where}: athena searches ${resourceType} only with one of these parameter combinations: ${readable}.`,
  );
}

function baseName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(0, colon);
}
