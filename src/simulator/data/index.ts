import { FhirStore } from '../fhir/store.js';
import { PatientStore } from './patient-store.js';

/** The mutable data of one simulator; departments, providers and the practice are fixed seeds. */
export interface SimData {
  readonly patients: PatientStore;
  /** Resources created through the FHIR API (QuestionnaireResponse). */
  readonly fhir: FhirStore;
}

export function createData(patientCount: number): SimData {
  return { patients: new PatientStore(patientCount), fhir: new FhirStore() };
}
