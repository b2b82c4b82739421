// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource, type AthenaRecord } from '../../core/resource.js';
import { documentsOperations as ops } from '../../operations/generated/documents.js';
import type { DateInput, DocumentWriteResult, PatientDocument, WriteResult } from '../types/index.js';

/** Parameters of {@link DocumentsResource.getAppointmentHealthHistoryForm}. */
export interface GetAppointmentHealthHistoryFormParams {
  /** If true, unanswered questions in the medical history, surgical history, and vaccine sections return null. */
  shownullanswers?: boolean;
}

/** Parameters of {@link DocumentsResource.submitAppointmentHealthHistoryForm}. */
export interface SubmitAppointmentHealthHistoryFormParams {
  /** JSON object containing the health history form to update. */
  healthhistoryform: unknown;
}

/** Parameters of {@link DocumentsResource.listHealthHistoryForms}. */
export interface ListHealthHistoryFormsParams {
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link DocumentsResource.listDocuments}. */
export interface ListDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** The class(es) of document(s) comma separated. */
  documentclass?: string;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
  documentsubclass?: string;
  encounterid?: string;
  status?: string;
  showdeclinedorders?: boolean;
}

/** Parameters of {@link DocumentsResource.uploadDocument}. */
export interface UploadDocumentParams {
  /** The file that will become the document. */
  attachmentcontents: string;
  /** The document subclass. */
  documentsubclass: 'ADMIN_BILLING' | 'ADMIN_CONSENT' | 'ADMIN_HIPAA' | 'ADMIN_INSURANCEAPPROVAL' | 'ADMIN_INSURANCECARD' | 'ADMIN_INSURANCEDENIAL' | 'ADMIN_LEGAL' | 'ADMIN_MEDICALRECORDREQ' | 'ADMIN_REFERRAL' | 'ADMIN_SIGNEDFORMSLETTERS' | 'ADMIN_VACCINATIONRECORD' | 'CLINICALDOCUMENT' | 'CLINICALDOCUMENT_ADMISSIONDISCHARGE' | 'CLINICALDOCUMENT_CONSULTNOTE' | 'CLINICALDOCUMENT_MENTALHEALTH' | 'CLINICALDOCUMENT_OPERATIVENOTE' | 'CLINICALDOCUMENT_URGENTCARE' | 'ENCOUNTERDOCUMENT_IMAGEDOC' | 'ENCOUNTERDOCUMENT_PATIENTHISTORY' | 'ENCOUNTERDOCUMENT_PROCEDUREDOC' | 'ENCOUNTERDOCUMENT_PROGRESSNOTE' | 'MEDICALRECORD_CHARTTOABSTRACT' | 'MEDICALRECORD_COUMADIN' | 'MEDICALRECORD_GROWTHCHART' | 'MEDICALRECORD_HISTORICAL' | 'MEDICALRECORD_PATIENTDIARY' | 'MEDICALRECORD_VACCINATION' | 'PHONEMESSAGE';
  /** Any note to accompany the creation of this document. */
  actionnote?: string;
  /** The appointment ID associated with this document, for certain document classes. */
  appointmentid?: string;
  /** Normally, documents will follow the automatic workflow. */
  autoclose?: boolean;
  /** The department ID associated with the uploaded document. */
  departmentid?: string;
  /** The 'Internal Note' attached to this document */
  internalnote?: string;
  /** The provider ID attached to this document. */
  providerid?: string;
}

/** Parameters of {@link DocumentsResource.listAcogDocuments}. */
export interface ListAcogDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listAdminDocuments}. */
export interface ListAdminDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listAppointmentRequestDocuments}. */
export interface ListAppointmentRequestDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listChartAbstractionDocuments}. */
export interface ListChartAbstractionDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listClinicalDocuments}. */
export interface ListClinicalDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listCoverSheets}. */
export interface ListCoverSheetsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listDmeDocuments}. */
export interface ListDmeDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listEncounterDocuments}. */
export interface ListEncounterDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
  encounterid?: string;
  documentsubclass?: string;
}

/** Parameters of {@link DocumentsResource.listHospitalDocuments}. */
export interface ListHospitalDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listHtmlDocuments}. */
export interface ListHtmlDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listImagingResults}. */
export interface ListImagingResultsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listInterpretationDocuments}. */
export interface ListInterpretationDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listLabResultDocuments}. */
export interface ListLabResultDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listLetters}. */
export interface ListLettersParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listMedicalRecordDocuments}. */
export interface ListMedicalRecordDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listMedNotifications}. */
export interface ListMedNotificationsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listOfficeNotes}. */
export interface ListOfficeNotesParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listOrderDocuments}. */
export interface ListOrderDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listPatientCaseDocuments}. */
export interface ListPatientCaseDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listPatientInfoDocuments}. */
export interface ListPatientInfoDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listPatientRecordDocuments}. */
export interface ListPatientRecordDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listPhoneMessages}. */
export interface ListPhoneMessagesParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listPhysicianAuthorizations}. */
export interface ListPhysicianAuthorizationsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listPrescriptionDocuments}. */
export interface ListPrescriptionDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.updatePrescriptionDocument}. */
export interface UpdatePrescriptionDocumentParams {
  /** The ID of the department. */
  departmentid: string;
  /** The note appended to the action taken on the document. */
  actionnote?: string;
  /** The internal note for the document. */
  internalnote?: string;
  /** The note to be appended to the document. */
  note?: string;
  /** If set, pins the ACTIONNOTE to the top of the workflow. */
  pintotop?: boolean;
  /** The user the document is assigned to. */
  assignedto?: string;
}

/** Parameters of {@link DocumentsResource.listRtoDocuments}. */
export interface ListRtoDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listSurgeryDocuments}. */
export interface ListSurgeryDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listSurgicalResults}. */
export interface ListSurgicalResultsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listUnclassifiedDocuments}. */
export interface ListUnclassifiedDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listVaccineDocuments}. */
export interface ListVaccineDocumentsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, deleted documents are not listed. */
  showdeleted?: boolean;
}

/** Parameters of {@link DocumentsResource.listPatientCases}. */
export interface ListPatientCasesParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link DocumentsResource.uploadClinicalDocument}. At least one of `documentdata`, `attachmentcontents` is required. */
export interface UploadClinicalDocumentParams {
  /** The athenaNet department ID. */
  departmentid: string;
  documentsubclass: string;
  documenttypeid?: string;
  documentdata?: string;
  /** Base64 file contents, or a stream with the multipart upload. */
  attachmentcontents?: string;
  attachmenttype?: string;
  autoclose?: boolean;
  providerid?: string;
  observationdate?: DateInput;
  internalnote?: string;
  clinicalproviderid?: string;
  entityid?: string;
  entitytype?: string;
  /** HH:MM, 24-hour. */
  observationtime?: string;
  originalfilename?: string;
  priority?: string;
}

/** Parameters of {@link DocumentsResource.uploadLabResultDocument}. At least one of `analytes`, `attachmentcontents` is required. */
export interface UploadLabResultDocumentParams {
  /** The athenaNet department ID. */
  departmentid: string;
  analytes?: unknown;
  attachmentcontents?: string;
  attachmenttype?: string;
  observationdate?: DateInput;
  providerid?: string;
  autoclose?: boolean;
  internalnote?: string;
  /** HH:MM, 24-hour. */
  observationtime?: string;
  originalfilename?: string;
  priority?: string;
  resultstatus?: string;
  resultnotes?: string;
  notetopatient?: string;
  /** The order this result answers. */
  tietoorderid?: string;
}

/** Parameters of {@link DocumentsResource.createPatientCase}. */
export interface CreatePatientCaseParams {
  /** The athenaNet department ID. */
  departmentid: string;
  documentsource: 'PORTAL' | 'PATIENT' | 'CALLCENTER' | 'OTHER' | 'INTERFACE';
  documentsubclass: string;
  providerid: string;
  internalnote?: string;
  subject?: string;
  autoclose?: boolean;
  callbackname?: string;
  callbacknumber?: string;
  callbacknumbertype?: string;
  outboundonly?: boolean;
  priority?: string;
}

/**
 * The documents operations of the table, one thin method each: the base of the public
 * `DocumentsResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedDocumentsResource extends APIResource {
  /**
   * List of health history forms for this appointment.
   *
   * `GET /appointments/{appointmentid}/healthhistoryforms`
   * @example
   * const result = await athena.documents.listAppointmentHealthHistoryForms('1');
   */
  listAppointmentHealthHistoryForms(appointmentId: string, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listAppointmentHealthHistoryForms, { appointmentid: appointmentId }, options);
  }

  /**
   * Get patient specific health history form.
   *
   * `GET /appointments/{appointmentid}/healthhistoryforms/{formid}`
   * @example
   * const result = await athena.documents.getAppointmentHealthHistoryForm('1', '1');
   */
  getAppointmentHealthHistoryForm(appointmentId: string, formId: string, params: GetAppointmentHealthHistoryFormParams = {}, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getAppointmentHealthHistoryForm, { ...params, appointmentid: appointmentId, formid: formId }, options);
  }

  /**
   * Submit patient health history form.
   *
   * `PUT /appointments/{appointmentid}/healthhistoryforms/{formid}`
   * @example
   * const result = await athena.documents.submitAppointmentHealthHistoryForm('1', '1', { healthhistoryform: [] });
   */
  submitAppointmentHealthHistoryForm(appointmentId: string, formId: string, params: SubmitAppointmentHealthHistoryFormParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.submitAppointmentHealthHistoryForm, { ...params, appointmentid: appointmentId, formid: formId }, options);
  }

  /**
   * List of health history forms live at practice.
   *
   * `GET /healthhistoryforms`
   * @example
   * const result = await athena.documents.listHealthHistoryForms();
   */
  listHealthHistoryForms(params: ListHealthHistoryFormsParams = {}, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listHealthHistoryForms, { ...params }, options);
  }

  /**
   * Contents of one generic health history form.
   *
   * `GET /healthhistoryforms/{formid}`
   * @example
   * const result = await athena.documents.getHealthHistoryForm('1');
   */
  getHealthHistoryForm(formId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getHealthHistoryForm, { formid: formId }, options);
  }

  /**
   * Lists the documents of a patient, optionally of one class.
   *
   * `GET /patients/{patientid}/documents`
   * @example
   * for await (const item of athena.documents.listDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listDocuments(patientId: string, params: ListDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Create a document in athenaNet
   *
   * `POST /patients/{patientid}/documents`
   * @example
   * const result = await athena.documents.uploadDocument('1', { attachmentcontents: 'JVBERi0xLjQK', documentsubclass: 'ADMIN_BILLING' });
   */
  uploadDocument(patientId: string, params: UploadDocumentParams, options?: RequestOptions): APIPromise<DocumentWriteResult> {
    return this.caller.call(ops.uploadDocument, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the ACOG (prenatal record) documents of a patient.
   *
   * `GET /patients/{patientid}/documents/acog`
   * @example
   * for await (const item of athena.documents.listAcogDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listAcogDocuments(patientId: string, params: ListAcogDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listAcogDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the administrative documents of a patient.
   *
   * `GET /patients/{patientid}/documents/admin`
   * @example
   * for await (const item of athena.documents.listAdminDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listAdminDocuments(patientId: string, params: ListAdminDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listAdminDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets one administrative document of a patient.
   *
   * `GET /patients/{patientid}/documents/admin/{adminid}`
   * @example
   * const result = await athena.documents.getAdminDocument('1', '1');
   */
  getAdminDocument(patientId: string, adminId: string, options?: RequestOptions): APIPromise<PatientDocument> {
    return this.caller.call(ops.getAdminDocument, { patientid: patientId, adminid: adminId }, options);
  }

  /**
   * Gets one page of an administrative document. Returns the page's file as bytes (athena sends it as stored, e.g. a PDF or an image).
   *
   * `GET /patients/{patientid}/documents/admin/{adminid}/pages/{pageid}`
   * @example
   * const result = await athena.documents.getAdminDocumentPage('1', '1', '1');
   */
  getAdminDocumentPage(patientId: string, adminId: string, pageId: string, options?: RequestOptions): APIPromise<Uint8Array> {
    return this.caller.call(ops.getAdminDocumentPage, { patientid: patientId, adminid: adminId, pageid: pageId }, options);
  }

  /**
   * Lists the appointment request documents of a patient.
   *
   * `GET /patients/{patientid}/documents/appointmentrequest`
   * @example
   * for await (const item of athena.documents.listAppointmentRequestDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listAppointmentRequestDocuments(patientId: string, params: ListAppointmentRequestDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listAppointmentRequestDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the chart abstraction documents of a patient.
   *
   * `GET /patients/{patientid}/documents/chartabstraction`
   * @example
   * for await (const item of athena.documents.listChartAbstractionDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listChartAbstractionDocuments(patientId: string, params: ListChartAbstractionDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listChartAbstractionDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the clinical documents of a patient.
   *
   * `GET /patients/{patientid}/documents/clinicaldocument`
   * @example
   * for await (const item of athena.documents.listClinicalDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listClinicalDocuments(patientId: string, params: ListClinicalDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listClinicalDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Allows retrieval of certain types of clinical documents which contain XML (such as CCDAs)
   *
   * `GET /patients/{patientid}/documents/clinicaldocument/{documentid}/xml`
   * @example
   * const result = await athena.documents.getClinicalDocumentXml('1', '1');
   */
  getClinicalDocumentXml(patientId: string, documentId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getClinicalDocumentXml, { patientid: patientId, documentid: documentId }, options);
  }

  /**
   * Lists the cover sheets of a patient.
   *
   * `GET /patients/{patientid}/documents/coversheet`
   * @example
   * for await (const item of athena.documents.listCoverSheets('1', { departmentid: '1' })) console.log(item);
   */
  listCoverSheets(patientId: string, params: ListCoverSheetsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listCoverSheets, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the durable medical equipment (DME) documents of a patient.
   *
   * `GET /patients/{patientid}/documents/dme`
   * @example
   * for await (const item of athena.documents.listDmeDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listDmeDocuments(patientId: string, params: ListDmeDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listDmeDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the encounter documents of a patient.
   *
   * `GET /patients/{patientid}/documents/encounterdocument`
   * @example
   * for await (const item of athena.documents.listEncounterDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listEncounterDocuments(patientId: string, params: ListEncounterDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listEncounterDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets one encounter document of a patient.
   *
   * `GET /patients/{patientid}/documents/encounterdocument/{encounterdocumentid}`
   * @example
   * const result = await athena.documents.getEncounterDocument('1', '1');
   */
  getEncounterDocument(patientId: string, encounterdocumentId: string, options?: RequestOptions): APIPromise<PatientDocument> {
    return this.caller.call(ops.getEncounterDocument, { patientid: patientId, encounterdocumentid: encounterdocumentId }, options);
  }

  /**
   * Gets one page of an encounter document. Returns the page's file as bytes (athena sends it as stored, e.g. a PDF or an image).
   *
   * `GET /patients/{patientid}/documents/encounterdocument/{encounterdocumentid}/pages/{pageid}`
   * @example
   * const result = await athena.documents.getEncounterDocumentPage('1', '1', '1');
   */
  getEncounterDocumentPage(patientId: string, encounterdocumentId: string, pageId: string, options?: RequestOptions): APIPromise<Uint8Array> {
    return this.caller.call(ops.getEncounterDocumentPage, { patientid: patientId, encounterdocumentid: encounterdocumentId, pageid: pageId }, options);
  }

  /**
   * Lists the hospital documents of a patient.
   *
   * `GET /patients/{patientid}/documents/hospital`
   * @example
   * for await (const item of athena.documents.listHospitalDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listHospitalDocuments(patientId: string, params: ListHospitalDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listHospitalDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the HTML documents of a patient.
   *
   * `GET /patients/{patientid}/documents/html`
   * @example
   * for await (const item of athena.documents.listHtmlDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listHtmlDocuments(patientId: string, params: ListHtmlDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listHtmlDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the imaging results of a patient.
   *
   * `GET /patients/{patientid}/documents/imagingresult`
   * @example
   * for await (const item of athena.documents.listImagingResults('1', { departmentid: '1' })) console.log(item);
   */
  listImagingResults(patientId: string, params: ListImagingResultsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listImagingResults, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets one imaging result of a patient.
   *
   * `GET /patients/{patientid}/documents/imagingresult/{imagingresultid}`
   * @example
   * const result = await athena.documents.getImagingResult('1', '1');
   */
  getImagingResult(patientId: string, imagingresultId: string, options?: RequestOptions): APIPromise<PatientDocument> {
    return this.caller.call(ops.getImagingResult, { patientid: patientId, imagingresultid: imagingresultId }, options);
  }

  /**
   * Gets one page of an imaging result. Returns the page's file as bytes (athena sends it as stored, e.g. a PDF or an image).
   *
   * `GET /patients/{patientid}/documents/imagingresult/{imagingresultid}/pages/{pageid}`
   * @example
   * const result = await athena.documents.getImagingResultPage('1', '1', '1');
   */
  getImagingResultPage(patientId: string, imagingresultId: string, pageId: string, options?: RequestOptions): APIPromise<Uint8Array> {
    return this.caller.call(ops.getImagingResultPage, { patientid: patientId, imagingresultid: imagingresultId, pageid: pageId }, options);
  }

  /**
   * Lists the interpretation documents of a patient.
   *
   * `GET /patients/{patientid}/documents/interpretation`
   * @example
   * for await (const item of athena.documents.listInterpretationDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listInterpretationDocuments(patientId: string, params: ListInterpretationDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listInterpretationDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the lab result documents of a patient.
   *
   * `GET /patients/{patientid}/documents/labresult`
   * @example
   * for await (const item of athena.documents.listLabResultDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listLabResultDocuments(patientId: string, params: ListLabResultDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listLabResultDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets one lab result document of a patient.
   *
   * `GET /patients/{patientid}/documents/labresult/{labresultid}`
   * @example
   * const result = await athena.documents.getLabResultDocument('1', '1');
   */
  getLabResultDocument(patientId: string, labresultId: string, options?: RequestOptions): APIPromise<PatientDocument> {
    return this.caller.call(ops.getLabResultDocument, { patientid: patientId, labresultid: labresultId }, options);
  }

  /**
   * Gets one page of a lab result document. Returns the page's file as bytes (athena sends it as stored, e.g. a PDF or an image).
   *
   * `GET /patients/{patientid}/documents/labresult/{labresultid}/pages/{pageid}`
   * @example
   * const result = await athena.documents.getLabResultDocumentPage('1', '1', '1');
   */
  getLabResultDocumentPage(patientId: string, labresultId: string, pageId: string, options?: RequestOptions): APIPromise<Uint8Array> {
    return this.caller.call(ops.getLabResultDocumentPage, { patientid: patientId, labresultid: labresultId, pageid: pageId }, options);
  }

  /**
   * Lists the letters of a patient.
   *
   * `GET /patients/{patientid}/documents/letter`
   * @example
   * for await (const item of athena.documents.listLetters('1', { departmentid: '1' })) console.log(item);
   */
  listLetters(patientId: string, params: ListLettersParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listLetters, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets one letter of a patient.
   *
   * `GET /patients/{patientid}/documents/letter/{letterid}`
   * @example
   * const result = await athena.documents.getLetter('1', '1');
   */
  getLetter(patientId: string, letterId: string, options?: RequestOptions): APIPromise<PatientDocument> {
    return this.caller.call(ops.getLetter, { patientid: patientId, letterid: letterId }, options);
  }

  /**
   * Lists the medical record documents of a patient.
   *
   * `GET /patients/{patientid}/documents/medicalrecord`
   * @example
   * for await (const item of athena.documents.listMedicalRecordDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listMedicalRecordDocuments(patientId: string, params: ListMedicalRecordDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listMedicalRecordDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the medication notifications of a patient.
   *
   * `GET /patients/{patientid}/documents/mednotification`
   * @example
   * for await (const item of athena.documents.listMedNotifications('1', { departmentid: '1' })) console.log(item);
   */
  listMedNotifications(patientId: string, params: ListMedNotificationsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listMedNotifications, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the office notes of a patient.
   *
   * `GET /patients/{patientid}/documents/officenote`
   * @example
   * for await (const item of athena.documents.listOfficeNotes('1', { departmentid: '1' })) console.log(item);
   */
  listOfficeNotes(patientId: string, params: ListOfficeNotesParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listOfficeNotes, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the order documents of a patient.
   *
   * `GET /patients/{patientid}/documents/order`
   * @example
   * for await (const item of athena.documents.listOrderDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listOrderDocuments(patientId: string, params: ListOrderDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listOrderDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the patient case documents of a patient.
   *
   * `GET /patients/{patientid}/documents/patientcase`
   * @example
   * for await (const item of athena.documents.listPatientCaseDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listPatientCaseDocuments(patientId: string, params: ListPatientCaseDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listPatientCaseDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets one patient case document of a patient.
   *
   * `GET /patients/{patientid}/documents/patientcase/{patientcaseid}`
   * @example
   * const result = await athena.documents.getPatientCaseDocument('1', '1');
   */
  getPatientCaseDocument(patientId: string, patientcaseId: string, options?: RequestOptions): APIPromise<PatientDocument> {
    return this.caller.call(ops.getPatientCaseDocument, { patientid: patientId, patientcaseid: patientcaseId }, options);
  }

  /**
   * Lists the patient information documents of a patient.
   *
   * `GET /patients/{patientid}/documents/patientinfo`
   * @example
   * for await (const item of athena.documents.listPatientInfoDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listPatientInfoDocuments(patientId: string, params: ListPatientInfoDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listPatientInfoDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the patient record documents of a patient.
   *
   * `GET /patients/{patientid}/documents/patientrecord`
   * @example
   * for await (const item of athena.documents.listPatientRecordDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listPatientRecordDocuments(patientId: string, params: ListPatientRecordDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listPatientRecordDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the phone messages of a patient.
   *
   * `GET /patients/{patientid}/documents/phonemessage`
   * @example
   * for await (const item of athena.documents.listPhoneMessages('1', { departmentid: '1' })) console.log(item);
   */
  listPhoneMessages(patientId: string, params: ListPhoneMessagesParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listPhoneMessages, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the physician authorizations of a patient.
   *
   * `GET /patients/{patientid}/documents/physicianauth`
   * @example
   * for await (const item of athena.documents.listPhysicianAuthorizations('1', { departmentid: '1' })) console.log(item);
   */
  listPhysicianAuthorizations(patientId: string, params: ListPhysicianAuthorizationsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listPhysicianAuthorizations, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the prescription documents of a patient.
   *
   * `GET /patients/{patientid}/documents/prescription`
   * @example
   * for await (const item of athena.documents.listPrescriptionDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listPrescriptionDocuments(patientId: string, params: ListPrescriptionDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listPrescriptionDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Updates the order document.
   *
   * `PUT /patients/{patientid}/documents/prescriptions/{prescriptionid}`
   * @example
   * const result = await athena.documents.updatePrescriptionDocument('1', '1', { departmentid: '1' });
   */
  updatePrescriptionDocument(patientId: string, prescriptionId: string, params: UpdatePrescriptionDocumentParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updatePrescriptionDocument, { ...params, patientid: patientId, prescriptionid: prescriptionId }, options);
  }

  /**
   * Lists the return-to-office (RTO) documents of a patient.
   *
   * `GET /patients/{patientid}/documents/rto`
   * @example
   * for await (const item of athena.documents.listRtoDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listRtoDocuments(patientId: string, params: ListRtoDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listRtoDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets one return-to-office (RTO) document of a patient.
   *
   * `GET /patients/{patientid}/documents/rto/{rtoid}`
   * @example
   * const result = await athena.documents.getRtoDocument('1', '1');
   */
  getRtoDocument(patientId: string, rtoId: string, options?: RequestOptions): APIPromise<PatientDocument> {
    return this.caller.call(ops.getRtoDocument, { patientid: patientId, rtoid: rtoId }, options);
  }

  /**
   * Lists the surgery documents of a patient.
   *
   * `GET /patients/{patientid}/documents/surgery`
   * @example
   * for await (const item of athena.documents.listSurgeryDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listSurgeryDocuments(patientId: string, params: ListSurgeryDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listSurgeryDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the surgical results of a patient.
   *
   * `GET /patients/{patientid}/documents/surgicalresult`
   * @example
   * for await (const item of athena.documents.listSurgicalResults('1', { departmentid: '1' })) console.log(item);
   */
  listSurgicalResults(patientId: string, params: ListSurgicalResultsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listSurgicalResults, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the documents of a patient that have no class.
   *
   * `GET /patients/{patientid}/documents/unknown`
   * @example
   * for await (const item of athena.documents.listUnclassifiedDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listUnclassifiedDocuments(patientId: string, params: ListUnclassifiedDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listUnclassifiedDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the vaccine documents of a patient.
   *
   * `GET /patients/{patientid}/documents/vaccine`
   * @example
   * for await (const item of athena.documents.listVaccineDocuments('1', { departmentid: '1' })) console.log(item);
   */
  listVaccineDocuments(patientId: string, params: ListVaccineDocumentsParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listVaccineDocuments, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the patient cases of a patient.
   *
   * `GET /patients/{patientid}/patientcases`
   * @example
   * for await (const item of athena.documents.listPatientCases('1', { departmentid: '1' })) console.log(item);
   */
  listPatientCases(patientId: string, params: ListPatientCasesParams, options?: RequestOptions): PagedList<PatientDocument> {
    return this.caller.list(ops.listPatientCases, { ...params, patientid: patientId }, options);
  }

  /**
   * Adds a clinical document: text in documentdata or a file in attachmentcontents.
   *
   * `POST /patients/{patientid}/documents/clinicaldocument`
   * @example
   * const result = await athena.documents.uploadClinicalDocument('1', { departmentid: '1', documentsubclass: 'CLINICALDOCUMENT_CONSULTNOTE', documentdata: 'Consult note: follow up in two weeks.' });
   */
  uploadClinicalDocument(patientId: string, params: UploadClinicalDocumentParams, options?: RequestOptions): APIPromise<DocumentWriteResult> {
    return this.caller.call(ops.uploadClinicalDocument, { ...params, patientid: patientId }, options);
  }

  /**
   * Deletes a clinical document.
   *
   * `DELETE /patients/{patientid}/documents/clinicaldocument/{clinicaldocumentid}`
   * @example
   * const result = await athena.documents.deleteClinicalDocument('1', '1');
   */
  deleteClinicalDocument(patientId: string, clinicaldocumentId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteClinicalDocument, { patientid: patientId, clinicaldocumentid: clinicaldocumentId }, options);
  }

  /**
   * Adds a lab result: analytes as JSON or a file in attachmentcontents.
   *
   * `POST /patients/{patientid}/documents/labresult`
   * @example
   * const result = await athena.documents.uploadLabResultDocument('1', { departmentid: '1', analytes: [] });
   */
  uploadLabResultDocument(patientId: string, params: UploadLabResultDocumentParams, options?: RequestOptions): APIPromise<DocumentWriteResult> {
    return this.caller.call(ops.uploadLabResultDocument, { ...params, patientid: patientId }, options);
  }

  /**
   * Opens a patient case document.
   *
   * `POST /patients/{patientid}/documents/patientcase`
   * @example
   * const result = await athena.documents.createPatientCase('1', { departmentid: '1', documentsource: 'PORTAL', documentsubclass: 'PATIENTCASE_CLINICALQUESTION', providerid: '1' });
   */
  createPatientCase(patientId: string, params: CreatePatientCaseParams, options?: RequestOptions): APIPromise<DocumentWriteResult> {
    return this.caller.call(ops.createPatientCase, { ...params, patientid: patientId }, options);
  }
}
