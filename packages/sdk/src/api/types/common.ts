import type { AthenaRecord } from '../../core/resource.js';

/** A date as a `Date` (its UTC calendar day) or `YYYY-MM-DD`; sent as athena's `mm/dd/yyyy`. */
export type DateInput = Date | string;

export interface Patient extends AthenaRecord {
  patientid: string;
  firstname?: string;
  middlename?: string;
  lastname?: string;
  suffix?: string;
  preferredname?: string;
  /** `mm/dd/yyyy`, as athena sends it. */
  dob?: string;
  sex?: string;
  address1?: string;
  address2?: string;
  city?: string;
  state?: string;
  zip?: string;
  email?: string;
  homephone?: string;
  mobilephone?: string;
  departmentid?: string;
  primarydepartmentid?: string;
  /** `a` active, `i` inactive, `p` prospective, `d` deleted. */
  status?: string;
}

/** What patient registration and updates answer: the patient's id. */
export interface PatientWriteResult extends AthenaRecord {
  patientid: string;
}

/**
 * What most writes answer. athena's soft failures (`success: "false"`, a non-empty
 * `errormessage`) have already become an ApiError by the time the caller sees this.
 */
export interface WriteResult extends AthenaRecord {
  /** `true`, `"true"`, or absent when athena answered a bare `1`. */
  success?: boolean | string;
  errormessage?: string;
}

/** An entry of a reference list (`/races`, `/states`, `/reference/allergies/reactions`...). */
export interface ReferenceItem extends AthenaRecord {
  name?: string;
  code?: string;
  description?: string;
}

export interface ReferenceAllergy extends AthenaRecord {
  allergenid?: string;
  allergyid?: string;
  allergenname?: string;
  allergy?: string;
}

export interface ReferenceMedication extends AthenaRecord {
  medicationid?: string;
  medication?: string;
}

export interface CustomFieldDefinition extends AthenaRecord {
  customfieldid: string;
  name?: string;
  type?: string;
  /** `"true"` when the field is a select list. */
  select?: string | boolean;
  selectlist?: { optionid: string; optionvalue: string }[];
  searchable?: string | boolean;
  // Named after go-athenahealth's CustomField type (issue 14); every other field athena sends is kept too.
  casesensitive?: boolean | string;
  disallowupdate?: boolean | string;
  length?: string;
  ordering?: string;
}

/** An image body (`photo`, `driverslicense`, insurance card): base64 in `image`. */
export interface ImageBody extends AthenaRecord {
  image?: string;
}

export interface InboxTask extends AthenaRecord {
  taskid?: string;
  inboxcategory?: string;
  priority?: string;
  patientid?: string;
}

export interface CheckInRequirements extends AthenaRecord {
  fieldlist?: string[];
}

/** A patient with athena's match score (athena does not document the score's field names). */
export interface ScoredPatient extends AthenaRecord {
  patientid: string;
  score?: string | number;
}

export interface PatientCustomField extends AthenaRecord {
  customfieldid: string;
  customfieldvalue?: string;
  optionid?: string;
}
