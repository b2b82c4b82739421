import type { AthenaRecord } from '../../core/resource.js';

export interface AllergyReaction extends AthenaRecord {
  reactionname?: string;
  snomedcode?: string;
  severity?: string;
}

export interface Allergy extends AthenaRecord {
  allergenid: string;
  allergenname?: string;
  onsetdate?: string;
  deactivatedate?: string;
  note?: string;
  reactions?: AllergyReaction[];
}

/** `GET /chart/{patientid}/allergies`. */
export interface AllergyList extends AthenaRecord {
  allergies: Allergy[];
  nkda?: string | boolean;
  lastupdated?: string;
  sectionnote?: string;
  /** Every field beside `allergies`, as on every chart list (added by the SDK; `chart.getAllergies` fills it). */
  section?: Readonly<Record<string, unknown>>;
}

export interface Medication extends AthenaRecord {
  medicationentryid?: string;
  medicationid?: string;
  medication?: string;
  events?: AthenaRecord[];
  unstructuredsig?: string;
  // Named after go-athenahealth's Medication type (issue 14); every other field athena sends is kept too.
  clinicalordertypeid?: string;
  createdby?: string;
  fdbmedicationid?: string;
  isdiscontinued?: boolean | string;
  issafetorenew?: boolean | string;
  isstructuredsig?: boolean | string;
  lastmodifiedby?: string;
  lastmodifieddate?: string;
  organclass?: string;
  pharmacy?: string;
  prescribedby?: string;
  source?: string;
  structuredsig?: AthenaRecord;
}

/** `GET /chart/{patientid}/medications` as athena sends it: one inner array per medication history. */
export interface MedicationListBody extends AthenaRecord {
  medications?: Medication[][];
  nomedicationsreported?: string | boolean;
  lastupdated?: string;
  sectionnote?: string;
  /** Whether the patient consented to downloading outside medication history. */
  patientdownloadconsent?: string | boolean;
  patientneedsdownloadconsent?: string | boolean;
}

export interface Problem extends AthenaRecord {
  problemid: string;
  name?: string;
  codeset?: string;
  code?: string;
  events?: AthenaRecord[];
  // Named after go-athenahealth's Problem type (issue 14); every other field athena sends is kept too.
  lastmodifieddatetime?: string;
  lastmodifiedby?: string;
  patientid?: string;
  bestmatchicd10code?: string;
}

export interface Vital extends AthenaRecord {
  vitalid?: string;
  clinicalelementid?: string;
  readingtaken?: string;
  value?: string;
}

export interface Vaccine extends AthenaRecord {
  vaccineid: string;
  cvx?: string;
  administerdate?: string;
  status?: string;
}

export interface LabResult extends AthenaRecord {
  labresultid: string;
  resultstatus?: string;
  observationdatetime?: string;
  analytes?: AthenaRecord[];
  // Named after go-athenahealth's LabResult type (issue 14); every other field athena sends is kept too.
  attachmentexists?: boolean | string;
  description?: string;
  exactduplicatedocumentid?: string;
  facilityid?: string;
  internalnote?: string;
  isreviewedbyprovider?: string;
  labresultdate?: string;
  labresultdatetime?: string;
  labresultloinc?: string;
  labresultnote?: string;
  orderid?: string;
  patientnote?: string;
  priority?: string | number;
  providerid?: string;
}

/** `GET /chart/{patientid}/socialhistory`, `/medicalhistory`. */
export interface QuestionList extends AthenaRecord {
  questions?: AthenaRecord[];
  lastupdated?: string;
}

export interface Encounter extends AthenaRecord {
  encounterid: string;
  appointmentid?: string;
  encounterdate?: string;
  status?: string;
  providerid?: string;
  departmentid?: string;
}

export interface EncounterSummary extends AthenaRecord {
  summaryhtml?: string;
}

export interface Diagnosis extends AthenaRecord {
  diagnosisid: string;
  snomedcode?: string;
  description?: string;
  icdcodes?: AthenaRecord[];
}
