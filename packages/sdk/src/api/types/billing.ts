import type { AthenaRecord } from '../../core/resource.js';

export interface InsurancePackage extends AthenaRecord {
  insurancepackageid: string;
  name?: string;
  insuranceplanname?: string;
  address?: string;
}

export interface PatientInsurance extends AthenaRecord {
  insuranceid: string;
  insurancepackageid?: string;
  insuranceplanname?: string;
  /** `1` primary, `2` secondary. */
  sequencenumber?: string;
  insuranceidnumber?: string;
  insurancepolicyholder?: string;
  eligibilitystatus?: string;
}

export interface Claim extends AthenaRecord {
  claimid: string;
  patientid?: string;
  departmentid?: string;
  appointmentid?: string;
  servicedate?: string;
  charges?: AthenaRecord[];
}

export interface ClaimWriteResult extends AthenaRecord {
  success?: boolean | string;
  claimids?: string[];
}
