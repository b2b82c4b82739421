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
  /** `1` primary, `2` secondary (athena sends a number or a string). */
  sequencenumber?: string | number;
  insuranceidnumber?: string;
  insurancepolicyholder?: string;
  eligibilitystatus?: string;
  // Named after go-athenahealth's InsurancePackage type (issue 14); every other field athena sends is kept too.
  cancelled?: string;
  expirationdate?: string;
  insurancepackageaddress1?: string;
  insurancepackagecity?: string;
  insurancepackagestate?: string;
  insurancepackagezip?: string;
  insurancephone?: string;
  insuranceplandisplayname?: string;
  insurancepolicyholdercountrycode?: string;
  insurancepolicyholdercountryiso3166?: string;
  insurancepolicyholderdob?: string;
  insurancepolicyholderfirstname?: string;
  insurancepolicyholderlastname?: string;
  insurancepolicyholdersex?: string;
  insurancetype?: string;
  insuredentitytypeid?: string;
  relationshiptoinsured?: string;
  relationshiptoinsuredid?: string;
}

export interface Claim extends AthenaRecord {
  claimid: string;
  patientid?: string;
  departmentid?: string;
  appointmentid?: string;
  servicedate?: string;
  charges?: AthenaRecord[];
  // Named after go-athenahealth's Claim type (issue 14); every other field athena sends is kept too.
  procedures?: AthenaRecord[];
  claimcreateddate?: string;
  billedproviderid?: string;
  billedservicedate?: string;
  diagnoses?: AthenaRecord[];
  customfields?: AthenaRecord[];
}

export interface ClaimWriteResult extends AthenaRecord {
  success?: boolean | string;
  claimids?: string[];
}
