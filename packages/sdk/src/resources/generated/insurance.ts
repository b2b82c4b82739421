// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource, type AthenaRecord } from '../../core/resource.js';
import { insuranceOperations as ops } from '../../operations/generated/insurance.js';
import type { DateInput, ImageBody, InsurancePackage, PatientInsurance, WriteResult } from '../types/index.js';

/** Parameters of {@link InsuranceResource.listTopInsurancePackages}. */
export interface ListTopInsurancePackagesParams {
  /** Only look at patients who are associated (that is, have their current department set to, or, lacking a current department, have their registration department set to) with this department in determi... */
  departmentid?: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link InsuranceResource.listPatientInsurances}. */
export interface ListPatientInsurancesParams {
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Include cancelled policies. */
  showcancelled?: boolean;
  showfullssn?: boolean;
  departmentid?: string;
}

/** Parameters of {@link InsuranceResource.addPatientInsurance}. */
export interface AddPatientInsuranceParams {
  /** The athena insurance package ID. */
  insurancepackageid: string;
  /** 1 = primary, 2 = secondary. */
  sequencenumber: string;
  /** The insurance policy ID number (as presented on the insurance card itself). */
  insuranceidnumber?: string;
  /** The phone number for the insurance company. */
  insurancephone?: string;
  /** The first address line of the insurance policy holder. */
  insurancepolicyholderaddress1?: string;
  /** The second address line of the insurance policy holder. */
  insurancepolicyholderaddress2?: string;
  /** The city of the insurance policy holder. */
  insurancepolicyholdercity?: string;
  /** The country code (3 letter) of the insurance policy holder. */
  insurancepolicyholdercountrycode?: string;
  /** The ISO 3166 country code of the insurance policy holder. */
  insurancepolicyholdercountryiso3166?: string;
  /** The DOB of the insurance policy holder (mm/dd/yyyy). */
  insurancepolicyholderdob?: DateInput;
  /** The first name of the insurance policy holder. */
  insurancepolicyholderfirstname?: string;
  /** The last name of the insurance policy holder. */
  insurancepolicyholderlastname?: string;
  /** The middle name of the insurance policy holder. */
  insurancepolicyholdermiddlename?: string;
  /** The sex of the insurance policy holder. */
  insurancepolicyholdersex?: 'F' | 'M';
  /** The SSN of the insurance policy holder. */
  insurancepolicyholderssn?: string;
  /** The state of the insurance policy holder. */
  insurancepolicyholderstate?: string;
  /** The suffix of the insurance policy holder. */
  insurancepolicyholdersuffix?: string;
  /** The zip of the insurance policy holder. */
  insurancepolicyholderzip?: string;
  /** The insurance group number. */
  policynumber?: string;
  /** This patient's relationship to the policy holder (as an ID). */
  relationshiptoinsuredid?: string;
  /** If set to true, automatically updates all future appointments to this insurance. */
  updateappointments?: string;
  expirationdate?: DateInput;
  issuedate?: DateInput;
  insurancepolicyholder?: string;
  validateinsuranceidnumber?: boolean;
  departmentid?: string;
  insuredentitytypeid?: string;
}

/** Parameters of {@link InsuranceResource.updatePatientInsuranceBySequence}. */
export interface UpdatePatientInsuranceBySequenceParams {
  /** 1 = primary, 2 = secondary. */
  sequencenumber: string;
  /** The insurance policy ID number (as presented on the insurance card itself). */
  insuranceidnumber?: string;
  /** The phone number for the insurance company. */
  insurancephone?: string;
  /** The first address line of the insurance policy holder. */
  insurancepolicyholderaddress1?: string;
  /** The second address line of the insurance policy holder. */
  insurancepolicyholderaddress2?: string;
  /** The city of the insurance policy holder. */
  insurancepolicyholdercity?: string;
  /** The country code (3 letter) of the insurance policy holder. */
  insurancepolicyholdercountrycode?: string;
  /** The ISO 3166 country code of the insurance policy holder. */
  insurancepolicyholdercountryiso3166?: string;
  /** The DOB of the insurance policy holder (mm/dd/yyyy). */
  insurancepolicyholderdob?: DateInput;
  /** The first name of the insurance policy holder. */
  insurancepolicyholderfirstname?: string;
  /** The last name of the insurance policy holder. */
  insurancepolicyholderlastname?: string;
  /** The middle name of the insurance policy holder. */
  insurancepolicyholdermiddlename?: string;
  /** The sex of the insurance policy holder. */
  insurancepolicyholdersex?: 'F' | 'M';
  /** The SSN of the insurance policy holder. */
  insurancepolicyholderssn?: string;
  /** The state of the insurance policy holder. */
  insurancepolicyholderstate?: string;
  /** The suffix of the insurance policy holder. */
  insurancepolicyholdersuffix?: string;
  /** The zip of the insurance policy holder. */
  insurancepolicyholderzip?: string;
  /** The insurance group number. */
  policynumber?: string;
  /** This patient's relationship to the policy holder (as an ID). */
  relationshiptoinsuredid?: string;
  /** If set to true, automatically updates all future appointments to this insurance. */
  updateappointments?: string;
}

/** Parameters of {@link InsuranceResource.deletePatientInsuranceBySequence}. */
export interface DeletePatientInsuranceBySequenceParams {
  /** 1 = primary, 2 = secondary. */
  sequencenumber: string;
  /** Optional note as to why this is being cancelled. */
  cancellationnote?: string;
}

/** Parameters of {@link InsuranceResource.getInsuranceCardImage}. */
export interface GetInsuranceCardImageParams {
  /** If set to true, or if Accept header is image/jpeg, returns the image directly. */
  jpegoutput?: boolean;
}

/** Parameters of {@link InsuranceResource.uploadInsuranceCardImage}. */
export interface UploadInsuranceCardImageParams {
  /** Base64 encoded image, or, if multipart/form-data, unencoded image. */
  image: string;
  /** The department ID associated with this upload. */
  departmentid?: string;
}

/** Parameters of {@link InsuranceResource.updateInsuranceCardImage}. */
export interface UpdateInsuranceCardImageParams {
  /** Base64 encoded image, or, if multipart/form-data, unencoded image. */
  image: string;
  /** The department ID associated with this upload. */
  departmentid?: string;
}

/** Parameters of {@link InsuranceResource.listReferralAuthorizations}. */
export interface ListReferralAuthorizationsParams {
  /** The insurance ID. */
  insuranceid?: string;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** If set, results will include expired authorizations/referrals. */
  showexpired?: boolean;
}

/** Parameters of {@link InsuranceResource.searchInsurancePackages}. At least one of `insuranceplanname`, `memberid`, `insurancepackageid` is required. */
export interface SearchInsurancePackagesParams {
  insuranceplanname?: string;
  memberid?: string;
  stateofcoverage?: string;
  insurancepackageid?: string;
  insuranceaddress?: string;
  insurancecity?: string;
  insurancestate?: string;
  insurancezip?: string;
  insurancephone?: string;
  producttype?: string;
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
}

/** Parameters of {@link InsuranceResource.listCommonInsurancePackages}. */
export interface ListCommonInsurancePackagesParams {
  /** The athenaNet department ID. */
  departmentid: string;
  showonlycasepolicies?: boolean;
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
}

/** Parameters of {@link InsuranceResource.updatePatientInsurance}. */
export interface UpdatePatientInsuranceParams {
  insurancepolicyholderfirstname?: string;
  insurancepolicyholderlastname?: string;
  insuranceidnumber?: string;
  insurancepolicyholderdob?: DateInput;
  sequencenumber?: '1' | '2';
  expirationdate?: DateInput;
  insurancepolicyholdersex?: 'M' | 'F';
  /** Moves the policy to primary (1) or secondary (2). */
  newsequencenumber?: '1' | '2';
}

/** Parameters of {@link InsuranceResource.deletePatientInsurance}. */
export interface DeletePatientInsuranceParams {
  cancellationnote?: string;
}

/** Parameters of {@link InsuranceResource.reactivatePatientInsurance}. */
export interface ReactivatePatientInsuranceParams {
  expirationdate?: DateInput;
}

/**
 * The insurance operations of the table, one thin method each: the base of the public
 * `InsuranceResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedInsuranceResource extends APIResource {
  /**
   * The top athenaNet insurance packages (over .5% utilized, up to 100 packages total) used by the practice.
   *
   * `GET /misc/topinsurancepackages`
   * @example
   * for await (const item of athena.insurance.listTopInsurancePackages()) console.log(item);
   */
  listTopInsurancePackages(params: ListTopInsurancePackagesParams = {}, options?: RequestOptions): PagedList<InsurancePackage> {
    return this.caller.list(ops.listTopInsurancePackages, { ...params }, options);
  }

  /**
   * Returns a list of insurance packages for a patient.
   *
   * `GET /patients/{patientid}/insurances`
   * @example
   * for await (const item of athena.insurance.listPatientInsurances('1')) console.log(item);
   */
  listPatientInsurances(patientId: string, params: ListPatientInsurancesParams = {}, options?: RequestOptions): PagedList<PatientInsurance> {
    return this.caller.list(ops.listPatientInsurances, { ...params, patientid: patientId }, options);
  }

  /**
   * POST creates a new insurance policy. athena answers an array with the package (current) or `{success:"true"}` (legacy).
   *
   * `POST /patients/{patientid}/insurances`
   * @example
   * const result = await athena.insurance.addPatientInsurance('1', { insurancepackageid: '1', sequencenumber: '1' });
   */
  addPatientInsurance(patientId: string, params: AddPatientInsuranceParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addPatientInsurance, { ...params, patientid: patientId }, options);
  }

  /**
   * PUT will update an insurance, but the insurance package ID can't be changed. Legacy form that names the package by sequencenumber; prefer updatePatientInsurance.
   *
   * `PUT /patients/{patientid}/insurances`
   * @example
   * const result = await athena.insurance.updatePatientInsuranceBySequence('1', { sequencenumber: '1' });
   */
  updatePatientInsuranceBySequence(patientId: string, params: UpdatePatientInsuranceBySequenceParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updatePatientInsuranceBySequence, { ...params, patientid: patientId }, options);
  }

  /**
   * DELETE deactivates an insurance package. Legacy form that names the package by sequencenumber; prefer deletePatientInsurance.
   *
   * `DELETE /patients/{patientid}/insurances`
   * @example
   * const result = await athena.insurance.deletePatientInsuranceBySequence('1', { sequencenumber: '1' });
   */
  deletePatientInsuranceBySequence(patientId: string, params: DeletePatientInsuranceBySequenceParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deletePatientInsuranceBySequence, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets the patient's insurance card image. A 404 NotFoundError when there is no card image.
   *
   * `GET /patients/{patientid}/insurances/{insuranceid}/image`
   * @example
   * const result = await athena.insurance.getInsuranceCardImage('1', '1');
   */
  getInsuranceCardImage(patientId: string, insuranceId: string, params: GetInsuranceCardImageParams = {}, options?: RequestOptions): APIPromise<ImageBody> {
    return this.caller.call(ops.getInsuranceCardImage, { ...params, patientid: patientId, insuranceid: insuranceId }, options);
  }

  /**
   * Uploads the image of a patient's insurance card.
   *
   * `POST /patients/{patientid}/insurances/{insuranceid}/image`
   * @example
   * const result = await athena.insurance.uploadInsuranceCardImage('1', '1', { image: 'iVBORw0KGgo=' });
   */
  uploadInsuranceCardImage(patientId: string, insuranceId: string, params: UploadInsuranceCardImageParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.uploadInsuranceCardImage, { ...params, patientid: patientId, insuranceid: insuranceId }, options);
  }

  /**
   * Replaces the image of a patient's insurance card.
   *
   * `PUT /patients/{patientid}/insurances/{insuranceid}/image`
   * @example
   * const result = await athena.insurance.updateInsuranceCardImage('1', '1', { image: 'iVBORw0KGgo=' });
   */
  updateInsuranceCardImage(patientId: string, insuranceId: string, params: UpdateInsuranceCardImageParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateInsuranceCardImage, { ...params, patientid: patientId, insuranceid: insuranceId }, options);
  }

  /**
   * Deletes a patient's insurance card image.
   *
   * `DELETE /patients/{patientid}/insurances/{insuranceid}/image`
   * @example
   * const result = await athena.insurance.deleteInsuranceCardImage('1', '1');
   */
  deleteInsuranceCardImage(patientId: string, insuranceId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteInsuranceCardImage, { patientid: patientId, insuranceid: insuranceId }, options);
  }

  /**
   * Retrieves the list of authorizations and referrals for a given patient.
   *
   * `GET /patients/{patientid}/referralauths`
   * @example
   * const result = await athena.insurance.listReferralAuthorizations('1');
   */
  listReferralAuthorizations(patientId: string, params: ListReferralAuthorizationsParams = {}, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.listReferralAuthorizations, { ...params, patientid: patientId }, options);
  }

  /**
   * Finds insurance packages by plan name, member id or state.
   *
   * `GET /insurancepackages`
   * @example
   * for await (const item of athena.insurance.searchInsurancePackages({ insuranceplanname: 'Blue Cross' })) console.log(item);
   */
  searchInsurancePackages(params: SearchInsurancePackagesParams, options?: RequestOptions): PagedList<InsurancePackage> {
    return this.caller.list(ops.searchInsurancePackages, { ...params }, options);
  }

  /**
   * The insurance packages most used in a department.
   *
   * `GET /misc/commoninsurancepackages`
   * @example
   * for await (const item of athena.insurance.listCommonInsurancePackages({ departmentid: '1' })) console.log(item);
   */
  listCommonInsurancePackages(params: ListCommonInsurancePackagesParams, options?: RequestOptions): PagedList<InsurancePackage> {
    return this.caller.list(ops.listCommonInsurancePackages, { ...params }, options);
  }

  /**
   * Updates one insurance policy of a patient.
   *
   * `PUT /patients/{patientid}/insurances/{insuranceid}`
   * @example
   * const result = await athena.insurance.updatePatientInsurance('1', '1');
   */
  updatePatientInsurance(patientId: string, insuranceId: string, params: UpdatePatientInsuranceParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updatePatientInsurance, { ...params, patientid: patientId, insuranceid: insuranceId }, options);
  }

  /**
   * Deactivates one insurance policy of a patient, with a note.
   *
   * `DELETE /patients/{patientid}/insurances/{insuranceid}`
   * @example
   * const result = await athena.insurance.deletePatientInsurance('1', '1');
   */
  deletePatientInsurance(patientId: string, insuranceId: string, params: DeletePatientInsuranceParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deletePatientInsurance, { ...params, patientid: patientId, insuranceid: insuranceId }, options);
  }

  /**
   * Reactivates a deactivated insurance policy.
   *
   * `POST /patients/{patientid}/insurances/{insuranceid}/reactivate`
   * @example
   * const result = await athena.insurance.reactivatePatientInsurance('1', '1');
   */
  reactivatePatientInsurance(patientId: string, insuranceId: string, params: ReactivatePatientInsuranceParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.reactivatePatientInsurance, { ...params, patientid: patientId, insuranceid: insuranceId }, options);
  }
}
