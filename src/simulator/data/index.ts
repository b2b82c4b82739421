import { PatientStore } from './patient-store.js';

/** The mutable data of one simulator; departments, providers and the practice are fixed seeds. */
export interface SimData {
  readonly patients: PatientStore;
}

export function createData(patientCount: number): SimData {
  return { patients: new PatientStore(patientCount) };
}
