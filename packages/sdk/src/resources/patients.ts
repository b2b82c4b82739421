import type { PagedList } from '../core/pagination.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import type { AthenaRecord } from '../core/resource.js';
import type { DateInput, Patient } from './types/common.js';
import { GeneratedPatientsResource } from './generated/patients.js';
import { patientOperations as ops } from '../operations/patients.js';

export type { DateInput, Patient };

/** Demographic fields, with athena's limits checked before the call. */
export interface PatientDemographics {
  /** Max 20 characters. */
  firstname?: string;
  middlename?: string;
  /** Max 30 characters. */
  lastname?: string;
  suffix?: string;
  preferredname?: string;
  dob?: DateInput;
  sex?: 'M' | 'F';
  ssn?: string;
  address1?: string;
  address2?: string;
  city?: string;
  state?: string;
  zip?: string;
  email?: string;
  homephone?: string;
  mobilephone?: string;
  workphone?: string;
  departmentid?: string;
  status?: 'a' | 'i' | 'p' | 'd';
  /** Date of death. */
  deceaseddate?: DateInput;
  guarantordob?: DateInput;
  /**
   * athena accepts many more fields (emergency contact, guarantor, guardian, contact
   * preferences, race, ethnicitycode, language6392code...): the operation table declares
   * those of athena's catalogue, so their dates, booleans, enums and limits are handled;
   * any other is passed through as given.
   */
  [field: string]: unknown;
}

export interface GetPatientParams {
  departmentid?: string;
  showinsurance?: boolean;
  showcustomfields?: boolean;
  showportalstatus?: boolean;
  showbalancedetails?: boolean;
  showallpatientdepartmentstatus?: boolean;
  /** Include patients with record restrictions. */
  ignorerestrictions?: boolean;
  showallclaims?: boolean;
  showlocalpatientid?: boolean;
  limitlocalpatientid?: boolean;
  showfullssn?: boolean;
  show2015edcehrtvalues?: boolean;
}

export interface SearchPatientsParams extends PatientDemographics {
  guarantorfirstname?: string;
  guarantorlastname?: string;
  /** Page size (athena's default 10, max 5000). */
  limit?: number;
  offset?: number;
}

export interface BestMatchParams {
  lastname: string;
  dob: DateInput;
  firstname?: string;
  preferredname?: string;
  anyfirstname?: string;
  ssn?: string;
  zip?: string;
  homephone?: string;
  mobilephone?: string;
  anyphone?: string;
  email?: string;
  departmentid?: string;
  returnbestmatches?: boolean;
  middlename?: string;
  suffix?: string;
  workphone?: string;
  guarantoremail?: string;
  guarantorphone?: string;
  appointmentdepartmentid?: string;
  appointmentproviderid?: string;
  upcomingappointmenthours?: number;
  ignorerestrictions?: boolean;
  showportalstatus?: boolean;
}

export interface CreatePatientParams extends PatientDemographics {
  departmentid: string;
  firstname: string;
  lastname: string;
  dob: DateInput;
  status?: 'a' | 'i' | 'p';
  bypasspatientmatching?: boolean;
}

export interface PatientWriteResult extends AthenaRecord {
  patientid: string;
}

export class PatientsResource extends GeneratedPatientsResource {
  /**
   * One patient. athena answers with an array; this returns its record.
   * @example
   * const patient = await athena.patients.getPatient('1');
   * console.log(patient.firstname, patient.dob);
   */
  getPatient(patientId: string, params: GetPatientParams = {}, options?: RequestOptions): APIPromise<Patient> {
    return this.caller.call(ops.getPatient, { ...params, patientid: patientId }, options);
  }

  /**
   * Finds patients by demographics (at least one of the name, dob, department or phone fields).
   * @example
   * for await (const patient of athena.patients.searchPatients({ lastname: 'Smith', departmentid: '1' })) {
   *   console.log(patient.patientid);
   * }
   */
  searchPatients(params: SearchPatientsParams, options?: RequestOptions): PagedList<Patient> {
    return this.caller.list(ops.searchPatients, { ...params }, options);
  }

  /**
   * The patients that best match, best first; an empty array when none does.
   * Needs lastname and dob, one of ssn/zip/phones/email, and one of the first-name fields.
   * @example
   * const [best] = await athena.patients.findBestMatch({ lastname: 'Smith', firstname: 'Ann', dob: '1980-05-01', zip: '02139' });
   */
  findBestMatch(params: BestMatchParams, options?: RequestOptions): APIPromise<Patient[]> {
    return this.caller.call(ops.findBestMatch, { ...params }, options);
  }

  /**
   * Registers a patient and returns the new id. Not retried: athena has no idempotency key.
   * @example
   * const { patientid } = await athena.patients.createPatient({ departmentid: '1', firstname: 'Ann', lastname: 'Smith', dob: '1980-05-01' });
   */
  createPatient(params: CreatePatientParams, options?: RequestOptions): APIPromise<PatientWriteResult> {
    return this.caller.call(ops.createPatient, { ...params }, options);
  }

  /**
   * Updates demographics; only the fields given change. `status: 'd'` deletes the patient.
   * @example
   * await athena.patients.updatePatient('1', { email: 'ann@example.com' });
   */
  updatePatient(patientId: string, params: PatientDemographics, options?: RequestOptions): APIPromise<PatientWriteResult> {
    return this.caller.call(ops.updatePatient, { ...params, patientid: patientId }, options);
  }
}
