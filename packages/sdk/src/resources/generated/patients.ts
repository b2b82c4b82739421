// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource, type AthenaRecord } from '../../core/resource.js';
import { patientsExtendedOperations as ops } from '../../operations/generated/patients.js';
import type { DateInput, Appointment, ImageBody, Patient, PatientCustomField, ScoredPatient, WriteResult } from '../types/index.js';

/** Parameters of {@link PatientsResource.getDriversLicense}. */
export interface GetDriversLicenseParams {
  /** If set to true, or if Accept header is image/jpeg, returns the image directly. */
  jpegoutput?: boolean;
}

/** Parameters of {@link PatientsResource.uploadDriversLicense}. */
export interface UploadDriversLicenseParams {
  /** Base64 encoded image, or, if multipart/form-data, unencoded image. */
  image: string;
  /** The department ID associated with this upload. */
  departmentid?: string;
}

/** Parameters of {@link PatientsResource.updateDriversLicense}. */
export interface UpdateDriversLicenseParams {
  /** Base64 encoded image, or, if multipart/form-data, unencoded image. */
  image: string;
  /** The department ID associated with this upload. */
  departmentid?: string;
}

/** Parameters of {@link PatientsResource.verifyMedicationHistoryConsent}. */
export interface VerifyMedicationHistoryConsentParams {
  /** The ID of the department where the privacy information was verified. */
  departmentid: string;
  /** The person who verified the medication history consent. */
  medicationhistoryconsentby?: string;
  /** If the patient is unable to sign a reason why. */
  reasonpatientunabletosign?: string;
  /** If presenting an e-signature, the mm/dd/yyyy hh24:mi:ss formatted time that the signer signed. */
  signaturedatetime?: string;
  /** If presenting an e-siganture, the name the signer typed, up to 100 characters */
  signaturename?: string;
  /** If presenting an e-signature, and the signer is signing on behalf of someone else, the relationship of the patient to the signer. */
  signerrelationshiptopatientid?: string;
}

/** Parameters of {@link PatientsResource.getPhoto}. */
export interface GetPhotoParams {
  /** If set to true, or if Accept header is image/jpeg, returns the image directly. */
  jpegoutput?: boolean;
}

/** Parameters of {@link PatientsResource.uploadPhoto}. */
export interface UploadPhotoParams {
  /** Base64 encoded image, or, if multipart/form-data, unencoded image. */
  image: string;
  /** The department ID associated with this upload. */
  departmentid?: string;
}

/** Parameters of {@link PatientsResource.updatePhoto}. */
export interface UpdatePhotoParams {
  /** Base64 encoded image, or, if multipart/form-data, unencoded image. */
  image: string;
  /** The department ID associated with this upload. */
  departmentid?: string;
}

/** Parameters of {@link PatientsResource.getPhotoThumbnail}. */
export interface GetPhotoThumbnailParams {
  /** If set to true, or if Accept header is image/jpeg, returns the image directly. */
  jpegoutput?: boolean;
}

/** Parameters of {@link PatientsResource.uploadPhotoThumbnail}. */
export interface UploadPhotoThumbnailParams {
  /** Base64 encoded image, or, if multipart/form-data, unencoded image. */
  image: string;
  /** The department ID associated with this upload. */
  departmentid?: string;
}

/** Parameters of {@link PatientsResource.updatePhotoThumbnail}. */
export interface UpdatePhotoThumbnailParams {
  /** Base64 encoded image, or, if multipart/form-data, unencoded image. */
  image: string;
  /** The department ID associated with this upload. */
  departmentid?: string;
}

/** Parameters of {@link PatientsResource.listClientForms}. */
export interface ListClientFormsParams {
  /** The department id */
  departmentid: string;
  /** Hides PDF forms if set */
  hidepdfs?: boolean;
  /** Number of entries to return (default 100, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link PatientsResource.searchPatientsByCustomField}. */
export interface SearchPatientsByCustomFieldParams {
  /** Number of entries to return (default 10, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link PatientsResource.searchPatientsByTerm}. */
export interface SearchPatientsByTermParams {
  /** The search term for finding patients, partial name or full patient id */
  searchterm: string;
  /** Username to check permissions against, required for restricted patients */
  athenanetuser?: string;
  /** Maximum number of results to return (default 50) */
  maxresults?: string;
}

/** Parameters of {@link PatientsResource.listPatientAppointments}. */
export interface ListPatientAppointmentsParams {
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Show cancelled appointments */
  showcancelled?: boolean;
  /** Show appointments that were before today */
  showpast?: boolean;
  showexpectedprocedurecodes?: boolean;
}

/** Parameters of {@link PatientsResource.getPatientAppointment}. */
export interface GetPatientAppointmentParams {
  /** Include claim information, if available, associated with the appointment. */
  showclaimdetail?: boolean;
  /** Include patient insurance information. */
  showinsurance?: boolean;
}

/** Parameters of {@link PatientsResource.listReleaseAuthorizations}. */
export interface ListReleaseAuthorizationsParams {
  /** Department ID of the patient */
  departmentid: string;
  /** Number of entries to return (default 100, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Show deleted authorizations */
  showdeleted?: boolean;
  /** Release authorization status (VALID, EXPIRED, REVOKED) */
  status?: 'EXPIRED' | 'REVOKED' | 'VALID';
}

/** Parameters of {@link PatientsResource.addReleaseAuthorization}. */
export interface AddReleaseAuthorizationParams {
  /** Department ID of the patient */
  departmentid: string;
  /** The starting date that the release authorization takes effect */
  effectivedate: DateInput;
  /** The date the release authorization release is signed */
  signeddate: DateInput;
  /** The client form ID that the release authorization is for */
  clientformid?: string;
  /** The last date that the release authorization is valid */
  expirationdate?: DateInput;
  /** Any additional notes for the release authorization */
  note?: string;
  /** The date the release authorization was revoked */
  revokeddate?: DateInput;
}

/** Parameters of {@link PatientsResource.getReleaseAuthorization}. */
export interface GetReleaseAuthorizationParams {
  /** Department ID of the patient */
  departmentid: string;
  /** Show deleted authorizations */
  showdeleted?: boolean;
  /** Release authorization status (VALID, EXPIRED, REVOKED) */
  status?: 'EXPIRED' | 'REVOKED' | 'VALID';
}

/** Parameters of {@link PatientsResource.updateReleaseAuthorization}. */
export interface UpdateReleaseAuthorizationParams {
  /** The client form ID that the release authorization is for */
  clientformid?: string;
  /** The starting date that the release authorization takes effect */
  effectivedate?: DateInput;
  /** The last date that the release authorization is valid */
  expirationdate?: DateInput;
  /** Any additional notes for the release authorization */
  note?: string;
  /** The date the release authorization was revoked */
  revokeddate?: DateInput;
  /** The date the release authorization release is signed */
  signeddate?: DateInput;
}

/** Parameters of {@link PatientsResource.deleteReleaseAuthorization}. */
export interface DeleteReleaseAuthorizationParams {
  /** Department ID of the patient */
  departmentid: string;
}

/** Parameters of {@link PatientsResource.getChartAlert}. */
export interface GetChartAlertParams {
  /** The department ID; needed because charts, and thus chart notes, may be department-specific */
  departmentid: string;
}

/** Parameters of {@link PatientsResource.addChartAlert}. */
export interface AddChartAlertParams {
  /** The department ID; needed because charts, and thus chart notes, may be department-specific */
  departmentid: string;
  /** The note text. */
  notetext: string;
}

/** Parameters of {@link PatientsResource.updateChartAlert}. */
export interface UpdateChartAlertParams {
  /** The department ID; needed because charts, and thus chart notes, may be department-specific */
  departmentid: string;
  /** The note text. */
  notetext: string;
}

/** Parameters of {@link PatientsResource.deleteChartAlert}. */
export interface DeleteChartAlertParams {
  /** The department ID; needed because charts, and thus chart notes, may be department-specific */
  departmentid: string;
}

/** Parameters of {@link PatientsResource.getPatientCustomFields}. */
export interface GetPatientCustomFieldsParams {
  departmentid: string;
}

/** Parameters of {@link PatientsResource.updatePatientCustomFields}. */
export interface UpdatePatientCustomFieldsParams {
  /** A JSON representation of any updates to custom fields. */
  customfields: unknown;
  departmentid: string;
}

/** Parameters of {@link PatientsResource.listInterfaceConsents}. */
export interface ListInterfaceConsentsParams {
  /** Department ID */
  departmentid: string;
  /** Number of entries to return (default 100, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link PatientsResource.updateInterfaceConsents}. */
export interface UpdateInterfaceConsentsParams {
  /** A JSON array of consents to be updated. */
  consents?: unknown;
  /** Department ID */
  departmentid?: string;
}

/** Parameters of {@link PatientsResource.sendPortalInvitation}. */
export interface SendPortalInvitationParams {
  departmentid: string;
  /** If not the patient (whose email should already be recorded), the email of the third party being invited. */
  email?: string;
  /** The first name of the third party being granted access. */
  firstname?: string;
  /** The home number of the third party being granted access. */
  homephone?: string;
  /** The last name of the third party being granted access. */
  lastname?: string;
  /** The mobile number of the third party being granted access. */
  mobilephone?: string;
  /** Defaulting to true, is this action taken by the patient (instead of a practice user). */
  patientinitiated?: boolean;
  /** If the access is for someone other than the patient, additional fields (first/last name, home/mobile phone, email) also become required. */
  permissionlevel?: 'FULL' | 'GUARANTOR' | 'PATIENT';
}

/** Parameters of {@link PatientsResource.getPrivacyInformation}. */
export interface GetPrivacyInformationParams {
  /** The department ID. */
  departmentid: string;
}

/** Parameters of {@link PatientsResource.verifyPrivacyInformation}. */
export interface VerifyPrivacyInformationParams {
  /** The ID of the department where the privacy information was verified. */
  departmentid: string;
  /** The date this approval expires (for release of billing information and assignment of benefits). */
  expirationdate?: DateInput;
  /** If set, this flag sets the Assignment of Benefits privacy checkbox. */
  insuredsignature?: boolean;
  /** If set, this flag sets the Release of Billing Information privacy checkbox. */
  patientsignature?: boolean;
  /** If set, this flag sets the Privacy Notice privacy checkbox. */
  privacynotice?: boolean;
  /** If the patient is unable to sign a reason why. */
  reasonpatientunabletosign?: string;
  /** If presenting an e-signature, the mm/dd/yyyy hh24:mi:ss formatted time that the signer signed. */
  signaturedatetime?: string;
  /** If presenting an e-siganture, the name the signer typed, up to 100 characters */
  signaturename?: string;
  /** If presenting an e-signature, and the signer is signing on behalf of someone else, the relationship of the patient to the signer. */
  signerrelationshiptopatientid?: string;
}

/** Parameters of {@link PatientsResource.findEnhancedBestMatch}. */
export interface FindEnhancedBestMatchParams {
  firstname: string;
  lastname: string;
  dob: DateInput;
  middlename?: string;
  zip?: string;
  email?: string;
  homephone?: string;
  mobilephone?: string;
  ssn?: string;
  departmentid?: string;
  preferredname?: string;
  suffix?: string;
  workphone?: string;
  guarantoremail?: string;
  guarantorphone?: string;
  /** Only matches scoring at least this. */
  minscore?: number;
  returnbestmatches?: boolean;
  usesoundexsearch?: boolean;
  showinsurance?: boolean;
  showcustomfields?: boolean;
  showportalstatus?: boolean;
  showbalancedetails?: boolean;
}

/**
 * The patients operations of the table, one thin method each: the base of the public
 * `PatientsResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedPatientsResource extends APIResource {
  /**
   * Gets the patient's driver's license.
   *
   * `GET /patients/{patientid}/driverslicense`
   * @example
   * const result = await athena.patients.getDriversLicense('1');
   */
  getDriversLicense(patientId: string, params: GetDriversLicenseParams = {}, options?: RequestOptions): APIPromise<ImageBody> {
    return this.caller.call(ops.getDriversLicense, { ...params, patientid: patientId }, options);
  }

  /**
   * Uploads the image of a patient's driver's license.
   *
   * `POST /patients/{patientid}/driverslicense`
   * @example
   * const result = await athena.patients.uploadDriversLicense('1', { image: 'iVBORw0KGgo=' });
   */
  uploadDriversLicense(patientId: string, params: UploadDriversLicenseParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.uploadDriversLicense, { ...params, patientid: patientId }, options);
  }

  /**
   * Replaces the image of a patient's driver's license.
   *
   * `PUT /patients/{patientid}/driverslicense`
   * @example
   * const result = await athena.patients.updateDriversLicense('1', { image: 'iVBORw0KGgo=' });
   */
  updateDriversLicense(patientId: string, params: UpdateDriversLicenseParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateDriversLicense, { ...params, patientid: patientId }, options);
  }

  /**
   * Deletes a patient's driver's license.
   *
   * `DELETE /patients/{patientid}/driverslicense`
   * @example
   * const result = await athena.patients.deleteDriversLicense('1');
   */
  deleteDriversLicense(patientId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteDriversLicense, { patientid: patientId }, options);
  }

  /**
   * Flag the medication history consent flag as having been verified.
   *
   * `POST /patients/{patientid}/medicationhistoryconsentverified`
   * @example
   * const result = await athena.patients.verifyMedicationHistoryConsent('1', { departmentid: '1' });
   */
  verifyMedicationHistoryConsent(patientId: string, params: VerifyMedicationHistoryConsentParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.verifyMedicationHistoryConsent, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets a patient's photo.
   *
   * `GET /patients/{patientid}/photo`
   * @example
   * const result = await athena.patients.getPhoto('1');
   */
  getPhoto(patientId: string, params: GetPhotoParams = {}, options?: RequestOptions): APIPromise<ImageBody> {
    return this.caller.call(ops.getPhoto, { ...params, patientid: patientId }, options);
  }

  /**
   * Uploads a patient's photo.
   *
   * `POST /patients/{patientid}/photo`
   * @example
   * const result = await athena.patients.uploadPhoto('1', { image: 'iVBORw0KGgo=' });
   */
  uploadPhoto(patientId: string, params: UploadPhotoParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.uploadPhoto, { ...params, patientid: patientId }, options);
  }

  /**
   * Replaces a patient's photo.
   *
   * `PUT /patients/{patientid}/photo`
   * @example
   * const result = await athena.patients.updatePhoto('1', { image: 'iVBORw0KGgo=' });
   */
  updatePhoto(patientId: string, params: UpdatePhotoParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updatePhoto, { ...params, patientid: patientId }, options);
  }

  /**
   * Deletes a patient's photo.
   *
   * `DELETE /patients/{patientid}/photo`
   * @example
   * const result = await athena.patients.deletePhoto('1');
   */
  deletePhoto(patientId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deletePhoto, { patientid: patientId }, options);
  }

  /**
   * Gets the thumbnail of a patient's photo.
   *
   * `GET /patients/{patientid}/photo/thumbnail`
   * @example
   * const result = await athena.patients.getPhotoThumbnail('1');
   */
  getPhotoThumbnail(patientId: string, params: GetPhotoThumbnailParams = {}, options?: RequestOptions): APIPromise<ImageBody> {
    return this.caller.call(ops.getPhotoThumbnail, { ...params, patientid: patientId }, options);
  }

  /**
   * Uploads the thumbnail of a patient's photo.
   *
   * `POST /patients/{patientid}/photo/thumbnail`
   * @example
   * const result = await athena.patients.uploadPhotoThumbnail('1', { image: 'iVBORw0KGgo=' });
   */
  uploadPhotoThumbnail(patientId: string, params: UploadPhotoThumbnailParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.uploadPhotoThumbnail, { ...params, patientid: patientId }, options);
  }

  /**
   * Replaces the thumbnail of a patient's photo.
   *
   * `PUT /patients/{patientid}/photo/thumbnail`
   * @example
   * const result = await athena.patients.updatePhotoThumbnail('1', { image: 'iVBORw0KGgo=' });
   */
  updatePhotoThumbnail(patientId: string, params: UpdatePhotoThumbnailParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updatePhotoThumbnail, { ...params, patientid: patientId }, options);
  }

  /**
   * Deletes the thumbnail of a patient's photo.
   *
   * `DELETE /patients/{patientid}/photo/thumbnail`
   * @example
   * const result = await athena.patients.deletePhotoThumbnail('1');
   */
  deletePhotoThumbnail(patientId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deletePhotoThumbnail, { patientid: patientId }, options);
  }

  /**
   * Get list of client forms avaialable
   *
   * `GET /patients/clientforms`
   * @example
   * const result = await athena.patients.listClientForms({ departmentid: '1' });
   */
  listClientForms(params: ListClientFormsParams, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listClientForms, { ...params }, options);
  }

  /**
   * For searchable custom fields, retrieve matching patients based on custom field value.
   *
   * `GET /patients/customfields/{customfieldid}/{customfieldvalue}`
   * @example
   * for await (const item of athena.patients.searchPatientsByCustomField('1', '1')) console.log(item);
   */
  searchPatientsByCustomField(customfieldId: string, customFieldValue: string, params: SearchPatientsByCustomFieldParams = {}, options?: RequestOptions): PagedList<Patient> {
    return this.caller.list(ops.searchPatientsByCustomField, { ...params, customfieldid: customfieldId, customfieldvalue: customFieldValue }, options);
  }

  /**
   * Searches patients by a search term, optionally within a user's permissions.
   *
   * `GET /patients/search`
   * @example
   * const result = await athena.patients.searchPatientsByTerm({ searchterm: 'Smith' });
   */
  searchPatientsByTerm(params: SearchPatientsByTermParams, options?: RequestOptions): APIPromise<Patient[]> {
    return this.caller.call(ops.searchPatientsByTerm, { ...params }, options);
  }

  /**
   * List a patient's appointments
   *
   * `GET /patients/{patientid}/appointments`
   * @example
   * for await (const item of athena.patients.listPatientAppointments('1')) console.log(item);
   */
  listPatientAppointments(patientId: string, params: ListPatientAppointmentsParams = {}, options?: RequestOptions): PagedList<Appointment> {
    return this.caller.list(ops.listPatientAppointments, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets one appointment of a patient.
   *
   * `GET /patients/{patientid}/appointments/{appointmentid}`
   * @example
   * const result = await athena.patients.getPatientAppointment('1', '1');
   */
  getPatientAppointment(patientId: string, appointmentId: string, params: GetPatientAppointmentParams = {}, options?: RequestOptions): APIPromise<Appointment> {
    return this.caller.call(ops.getPatientAppointment, { ...params, patientid: patientId, appointmentid: appointmentId }, options);
  }

  /**
   * Lists the release authorizations of a patient.
   *
   * `GET /patients/{patientid}/authorizations`
   * @example
   * const result = await athena.patients.listReleaseAuthorizations('1', { departmentid: '1' });
   */
  listReleaseAuthorizations(patientId: string, params: ListReleaseAuthorizationsParams, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listReleaseAuthorizations, { ...params, patientid: patientId }, options);
  }

  /**
   * Add a release authorization to the patient.
   *
   * `POST /patients/{patientid}/authorizations`
   * @example
   * const result = await athena.patients.addReleaseAuthorization('1', { departmentid: '1', effectivedate: '2026-01-15', signeddate: '2026-01-15' });
   */
  addReleaseAuthorization(patientId: string, params: AddReleaseAuthorizationParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addReleaseAuthorization, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets one release authorization of a patient.
   *
   * `GET /patients/{patientid}/authorizations/{releaseauthorizationid}`
   * @example
   * const result = await athena.patients.getReleaseAuthorization('1', '1', { departmentid: '1' });
   */
  getReleaseAuthorization(patientId: string, releaseauthorizationId: string, params: GetReleaseAuthorizationParams, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getReleaseAuthorization, { ...params, patientid: patientId, releaseauthorizationid: releaseauthorizationId }, options);
  }

  /**
   * Updates one release authorization of a patient.
   *
   * `PUT /patients/{patientid}/authorizations/{releaseauthorizationid}`
   * @example
   * const result = await athena.patients.updateReleaseAuthorization('1', '1');
   */
  updateReleaseAuthorization(patientId: string, releaseauthorizationId: string, params: UpdateReleaseAuthorizationParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateReleaseAuthorization, { ...params, patientid: patientId, releaseauthorizationid: releaseauthorizationId }, options);
  }

  /**
   * Delete a release authorization for a given patient.
   *
   * `DELETE /patients/{patientid}/authorizations/{releaseauthorizationid}`
   * @example
   * const result = await athena.patients.deleteReleaseAuthorization('1', '1', { departmentid: '1' });
   */
  deleteReleaseAuthorization(patientId: string, releaseauthorizationId: string, params: DeleteReleaseAuthorizationParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteReleaseAuthorization, { ...params, patientid: patientId, releaseauthorizationid: releaseauthorizationId }, options);
  }

  /**
   * Get basic demographic information for a single patient.
   *
   * `GET /patients/{patientid}/basicdemographics`
   * @example
   * const result = await athena.patients.getBasicDemographics('1');
   */
  getBasicDemographics(patientId: string, options?: RequestOptions): APIPromise<Patient> {
    return this.caller.call(ops.getBasicDemographics, { patientid: patientId }, options);
  }

  /**
   * Gets the chart alert shown on a patient's Quickview and Facesheet.
   *
   * `GET /patients/{patientid}/chartalert`
   * @example
   * const result = await athena.patients.getChartAlert('1', { departmentid: '1' });
   */
  getChartAlert(patientId: string, params: GetChartAlertParams, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getChartAlert, { ...params, patientid: patientId }, options);
  }

  /**
   * Adds a chart alert to a patient's Quickview and Facesheet.
   *
   * `POST /patients/{patientid}/chartalert`
   * @example
   * const result = await athena.patients.addChartAlert('1', { departmentid: '1', notetext: 'Patient asked for a morning slot.' });
   */
  addChartAlert(patientId: string, params: AddChartAlertParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addChartAlert, { ...params, patientid: patientId }, options);
  }

  /**
   * Changes the chart alert of a patient.
   *
   * `PUT /patients/{patientid}/chartalert`
   * @example
   * const result = await athena.patients.updateChartAlert('1', { departmentid: '1', notetext: 'Patient asked for a morning slot.' });
   */
  updateChartAlert(patientId: string, params: UpdateChartAlertParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateChartAlert, { ...params, patientid: patientId }, options);
  }

  /**
   * Removes the chart alert of a patient.
   *
   * `DELETE /patients/{patientid}/chartalert`
   * @example
   * const result = await athena.patients.deleteChartAlert('1', { departmentid: '1' });
   */
  deleteChartAlert(patientId: string, params: DeleteChartAlertParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteChartAlert, { ...params, patientid: patientId }, options);
  }

  /**
   * Get a single patient's custom fields.
   *
   * `GET /patients/{patientid}/customfields`
   * @example
   * const result = await athena.patients.getPatientCustomFields('1', { departmentid: '1' });
   */
  getPatientCustomFields(patientId: string, params: GetPatientCustomFieldsParams, options?: RequestOptions): APIPromise<PatientCustomField[]> {
    return this.caller.call(ops.getPatientCustomFields, { ...params, patientid: patientId }, options);
  }

  /**
   * Accepts updates to custom fields.
   *
   * `PUT /patients/{patientid}/customfields`
   * @example
   * const result = await athena.patients.updatePatientCustomFields('1', { customfields: [], departmentid: '1' });
   */
  updatePatientCustomFields(patientId: string, params: UpdatePatientCustomFieldsParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updatePatientCustomFields, { ...params, patientid: patientId }, options);
  }

  /**
   * Get a list of interface consents for the given patient.
   *
   * `GET /patients/{patientid}/interfaceconsents`
   * @example
   * const result = await athena.patients.listInterfaceConsents('1', { departmentid: '1' });
   */
  listInterfaceConsents(patientId: string, params: ListInterfaceConsentsParams, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listInterfaceConsents, { ...params, patientid: patientId }, options);
  }

  /**
   * Updates the interface consents of a patient.
   *
   * `PUT /patients/{patientid}/interfaceconsents`
   * @example
   * const result = await athena.patients.updateInterfaceConsents('1');
   */
  updateInterfaceConsents(patientId: string, params: UpdateInterfaceConsentsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateInterfaceConsents, { ...params, patientid: patientId }, options);
  }

  /**
   * Send a portal invitation to a patient or third party (e.g.
   *
   * `POST /patients/{patientid}/portalinvitation`
   * @example
   * const result = await athena.patients.sendPortalInvitation('1', { departmentid: '1' });
   */
  sendPortalInvitation(patientId: string, params: SendPortalInvitationParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.sendPortalInvitation, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets the patient portal status for a patient.
   *
   * `GET /patients/{patientid}/portalstatus`
   * @example
   * const result = await athena.patients.getPortalStatus('1');
   */
  getPortalStatus(patientId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getPortalStatus, { patientid: patientId }, options);
  }

  /**
   * In athenaNet, a practice has the flexibility to configure their patient registration page to display the Privacy Notice, Release of Billing Information, and Assignment of Benefits consent forms as ...
   *
   * `GET /patients/{patientid}/privacyinformationverified`
   * @example
   * const result = await athena.patients.getPrivacyInformation('1', { departmentid: '1' });
   */
  getPrivacyInformation(patientId: string, params: GetPrivacyInformationParams, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.getPrivacyInformation, { ...params, patientid: patientId }, options);
  }

  /**
   * Please read the Privacy Information Verification documentation before using this API.
   *
   * `POST /patients/{patientid}/privacyinformationverified`
   * @example
   * const result = await athena.patients.verifyPrivacyInformation('1', { departmentid: '1' });
   */
  verifyPrivacyInformation(patientId: string, params: VerifyPrivacyInformationParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.verifyPrivacyInformation, { ...params, patientid: patientId }, options);
  }

  /**
   * Finds the patients that match the given demographics, each with a match score.
   *
   * `GET /patients/enhancedbestmatch`
   * @example
   * const result = await athena.patients.findEnhancedBestMatch({ firstname: 'Ann', lastname: 'Smith', dob: '2026-01-15' });
   */
  findEnhancedBestMatch(params: FindEnhancedBestMatchParams, options?: RequestOptions): APIPromise<ScoredPatient[]> {
    return this.caller.call(ops.findEnhancedBestMatch, { ...params }, options);
  }
}
