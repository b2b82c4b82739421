import type { AthenaRecord } from '../../core/resource.js';

/** A document of a patient (admin, clinical, lab result, encounter, patient case...). */
export interface PatientDocument extends AthenaRecord {
  documentid?: string;
  documentclass?: string;
  documentsubclass?: string;
  documentdescription?: string;
  status?: string;
  departmentid?: string;
  createddate?: string;
  /** ISO-8601 with offset in some document types. */
  createddatetime?: string;
  // Named after go-athenahealth's AdminDocument/EncounterDocument type (issue 14); every other field athena sends is kept too.
  priority?: string | number;
  assignedto?: string;
  documenttypeid?: string;
  internalnote?: string;
  adminid?: string;
  createduser?: string;
  description?: string;
  documentdate?: string;
  documentroute?: string;
  documentsource?: string;
  providerid?: string;
  providerusername?: string;
  lastmodifieddatetime?: string;
  lastmodifieddate?: string;
  appointmentid?: string;
  clinicalproviderid?: string;
  declinedreasontext?: string;
  deleteddatetime?: string;
  documenttype?: string;
  encounterdocumentid?: string;
  encounterid?: string;
  externalaccessionid?: string;
  lastmodifieduser?: string;
  observationdatetime?: string;
  patientid?: string;
  receivernote?: string;
  subject?: string;
  tietoorderid?: string;
}

/** The answer to a document upload: the new id under its type's name. */
export interface DocumentWriteResult extends AthenaRecord {
  success?: boolean | string;
  documentid?: string;
  clinicaldocumentid?: string;
  labresultid?: string;
  patientcaseid?: string;
}
