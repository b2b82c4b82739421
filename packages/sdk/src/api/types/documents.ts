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
}

/** The answer to a document upload: the new id under its type's name. */
export interface DocumentWriteResult extends AthenaRecord {
  success?: boolean | string;
  documentid?: string;
  clinicaldocumentid?: string;
  labresultid?: string;
  patientcaseid?: string;
}
