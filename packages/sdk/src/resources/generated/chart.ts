// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource, type AthenaRecord } from '../../core/resource.js';
import { chartOperations as ops } from '../../operations/generated/chart.js';
import type { DateInput, AllergyList, LabResult, MedicationListBody, Problem, QuestionList, Vaccine, Vital, WriteResult } from '../types/index.js';

/** Parameters of {@link ChartResource.getMedicalHistoryConfiguration}. */
export interface GetMedicalHistoryConfigurationParams {
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Include deleted questions */
  showdeleted?: boolean;
}

/** Parameters of {@link ChartResource.getObgynHistoryConfiguration}. */
export interface GetObgynHistoryConfigurationParams {
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Include deleted questions */
  showdeleted?: boolean;
}

/** Parameters of {@link ChartResource.getVitalsConfiguration}. */
export interface GetVitalsConfigurationParams {
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Show all global vitals, even if they are not configured at this practice. */
  showunconfigured?: boolean;
  /** Show only the vitals configured for this specialty */
  specialtyid?: string;
}

/** Parameters of {@link ChartResource.getAllergies}. */
export interface GetAllergiesParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Include deactivated allergies */
  showinactive?: boolean;
}

/** Parameters of {@link ChartResource.updateAllergies}. */
export interface UpdateAllergiesParams {
  /** The department for this patient. */
  departmentid: string;
  /** A complex JSON object containing an update to the list of patient allergies. */
  allergies?: unknown;
  /** Whether the patient has no known drug allergies. */
  nkda?: boolean;
  /** A section-wide note. */
  sectionnote?: string;
}

/** Parameters of {@link ChartResource.listAnalytes}. */
export interface ListAnalytesParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Analytes from this date. */
  startdate?: DateInput;
  /** Analytes up to this date. */
  enddate?: DateInput;
  labresultstatus?: string;
  analyteresultstatus?: string;
  showhidden?: boolean;
  showabnormaldetails?: boolean;
  showtemplate?: boolean;
  allresultsbyencounterid?: string;
  exactduplicatedocumentid?: string;
  supersededdocumentid?: string;
}

/** Parameters of {@link ChartResource.getDefaultClinicalProviders}. */
export interface GetDefaultClinicalProvidersParams {
  /** The clinical order type group id (Prescription: 10, Lab: 11, Vaccine: 16) */
  clinicalordertypegroupid: string;
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link ChartResource.updateDefaultClinicalProviders}. */
export interface UpdateDefaultClinicalProvidersParams {
  /** The clinical order type group id (Prescription: 10, Lab: 11, Vaccine: 16). */
  clinicalordertypegroupid: string;
  /** The athenaNet department id. */
  departmentid: string;
  /** The NCPDP id of the provider. */
  ncpdpid?: string;
}

/** Parameters of {@link ChartResource.getPreferredClinicalProviders}. */
export interface GetPreferredClinicalProvidersParams {
  /** The clinical order type group id (Prescription: 10, Lab: 11, Vaccine: 16) */
  clinicalordertypegroupid: string;
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 100, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link ChartResource.updatePreferredClinicalProviders}. */
export interface UpdatePreferredClinicalProvidersParams {
  /** The clinical order type group id (Prescription: 10, Lab: 11, Vaccine: 16). */
  clinicalordertypegroupid: string;
  /** The athenaNet department id. */
  departmentid: string;
  /** The NCPDP id of the provider. */
  ncpdpid: string;
}

/** Parameters of {@link ChartResource.deletePreferredClinicalProvider}. */
export interface DeletePreferredClinicalProviderParams {
  /** The clinical order type group id (Prescription: 10, Lab: 11, Vaccine: 16). */
  clinicalordertypegroupid: string;
  /** The athenaNet department id. */
  departmentid: string;
  /** The NCPDP id of the provider. */
  ncpdpid: string;
}

/** Parameters of {@link ChartResource.createDocumentExport}. */
export interface CreateDocumentExportParams {
  /** The start date, inclusive, of the chart export. */
  createfromdaterangestart: DateInput;
  /** The department ID associated with the document export. */
  departmentid: string;
  /** One or more document classes to include in the export. */
  createfromdatedocumentclass?: string[] | string;
  /** The end date, inclusive, of the chart export. */
  createfromdaterangeend?: DateInput;
}

/** Parameters of {@link ChartResource.getFamilyHistory}. */
export interface GetFamilyHistoryParams {
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link ChartResource.updateFamilyHistory}. */
export interface UpdateFamilyHistoryParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** A JSON array of relatives, mimicking the output format of the GET call. */
  relatives?: unknown;
  /** Any additional section notes */
  sectionnote?: string;
}

/** Parameters of {@link ChartResource.listInterpretations}. */
export interface ListInterpretationsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link ChartResource.listLabResults}. */
export interface ListLabResultsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Results from this date. */
  startdate?: DateInput;
  /** Results up to this date. */
  enddate?: DateInput;
  /** Only results in this status. */
  labresultstatus?: string;
  /** Include hidden results. */
  showhidden?: boolean;
  /** Include the abnormal flags of each analyte. */
  showabnormaldetails?: boolean;
  /** Leave out exact duplicates. */
  hideduplicate?: boolean;
  showtemplate?: boolean;
  analyteresultstatus?: string;
  /** Every result of this encounter. */
  allresultsbyencounterid?: string;
  exactduplicatedocumentid?: string;
  supersededdocumentid?: string;
}

/** Parameters of {@link ChartResource.getMedicalHistory}. */
export interface GetMedicalHistoryParams {
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link ChartResource.updateMedicalHistory}. */
export interface UpdateMedicalHistoryParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** A complex JSON object containing the patient medical history. */
  questions?: unknown;
  /** Any additional section notes */
  sectionnote?: string;
}

/** Parameters of {@link ChartResource.getMedicationsRaw}. */
export interface GetMedicationsRawParams {
  /** The athenanet department ID */
  departmentid: string;
  /** Shows the list of NDC numbers related to the medication. */
  showndc?: boolean;
  /** Shows the list of RxNorm Identifiers related to the medication. */
  showrxnorm?: boolean;
  /** ACTIVE, HISTORICAL or DENIED. */
  medicationtype?: string;
  /** Include pending medications. */
  showpend?: boolean;
}

/** Parameters of {@link ChartResource.addMedication}. */
export interface AddMedicationParams {
  /** The athenanet department ID */
  departmentid: string;
  /** The athena medication ID */
  medicationid: string;
  /** Set whether the medication is hidden in the UI. */
  hidden?: boolean;
  /** A patient-facing note */
  patientnote?: string;
  /** An internal note */
  providernote?: string;
  /** Start date for this medication */
  startdate?: DateInput;
  /** Stop date for this medication */
  stopdate?: DateInput;
  /** The reason the medication was stopped. */
  stopreason?: string;
  /** Can only be used to update historical (entered, downloaded, etc) medications. */
  unstructuredsig?: string;
}

/** Parameters of {@link ChartResource.updateMedicationsSection}. */
export interface UpdateMedicationsSectionParams {
  /** The athenanet department ID */
  departmentid: string;
  /** Set the "None Reported" checkbox indicating that no medications were reported for this patient. */
  nomedicationsreported?: boolean;
  /** The section-wide note for medications. */
  sectionnote?: string;
}

/** Parameters of {@link ChartResource.updateMedication}. */
export interface UpdateMedicationParams {
  /** The athenanet department ID */
  departmentid: string;
  /** Set whether the medication is hidden in the UI. */
  hidden?: boolean;
  /** A patient-facing note */
  patientnote?: string;
  /** An internal note */
  providernote?: string;
  /** Start date for this medication */
  startdate?: DateInput;
  /** Stop date for this medication */
  stopdate?: DateInput;
  /** The reason the medication was stopped. */
  stopreason?: string;
  /** Can only be used to update historical (entered, downloaded, etc) medications. */
  unstructuredsig?: string;
}

/** Parameters of {@link ChartResource.getObgynHistory}. */
export interface GetObgynHistoryParams {
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link ChartResource.updateObgynHistory}. */
export interface UpdateObgynHistoryParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** A JSON array of questions mimicking the input described in the PUT call. */
  questions?: unknown;
  /** Any additional section notes */
  sectionnote?: string;
}

/** Parameters of {@link ChartResource.listProblems}. */
export interface ListProblemsParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Also show inactive (but not soft deleted) problems. */
  showinactive?: boolean;
  /** Include the diagnosis codes of each problem. */
  showdiagnosisinfo?: boolean;
}

/** Parameters of {@link ChartResource.addProblem}. */
export interface AddProblemParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** The SNOMED code of the problem you are adding. */
  snomedcode: number;
  /** Update the laterality of this problem. */
  laterality?: 'LEFT' | 'RIGHT' | 'BILATERAL';
  /** The note to be attached to this problem. */
  note?: string;
  /** The onset date to be updated for this problem in MM/DD/YYYY format. */
  startdate?: DateInput;
  /** CHRONIC or ACUTE. */
  status?: string;
}

/** Parameters of {@link ChartResource.updateProblem}. */
export interface UpdateProblemParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Update the laterality of this problem. */
  laterality?: 'LEFT' | 'RIGHT' | 'BILATERAL';
  /** The note to be attached to this problem. */
  note?: string;
  /** The onset date to be updated for this problem in MM/DD/YYYY format. */
  startdate?: DateInput;
}

/** Parameters of {@link ChartResource.deleteProblem}. */
export interface DeleteProblemParams {
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link ChartResource.getSocialHistory}. */
export interface GetSocialHistoryParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Include questions where there is no current answer. */
  showunansweredquestions?: boolean;
  recipientcategory?: string;
  /** Include questions marked not performed. */
  shownotperformedquestions?: boolean;
}

/** Parameters of {@link ChartResource.updateSocialHistory}. */
export interface UpdateSocialHistoryParams {
  /** The department for this patient. */
  departmentid: string;
  /** The list of question/answer pairs to be submitted. */
  questions?: unknown;
  /** A section-wide note */
  sectionnote?: string;
}

/** Parameters of {@link ChartResource.listSocialHistoryTemplates}. */
export interface ListSocialHistoryTemplatesParams {
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link ChartResource.updateSocialHistoryTemplates}. */
export interface UpdateSocialHistoryTemplatesParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** A comma separated list of template IDs to subscribe to. */
  templateids: string;
}

/** Parameters of {@link ChartResource.getSurgicalHistory}. */
export interface GetSurgicalHistoryParams {
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link ChartResource.addSurgicalHistory}. */
export interface AddSurgicalHistoryParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** A JSON array of procedures, mimicking the inputs described in the PUT/POST call. */
  procedures?: unknown;
  /** Any additional section notes */
  sectionnote?: string;
}

/** Parameters of {@link ChartResource.updateSurgicalHistory}. */
export interface UpdateSurgicalHistoryParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** A JSON array of procedures, mimicking the inputs described in the PUT/POST call. */
  procedures?: unknown;
  /** Any additional section notes */
  sectionnote?: string;
}

/** Parameters of {@link ChartResource.listVaccines}. */
export interface ListVaccinesParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Include deleted vaccines in the result */
  showdeleted?: boolean;
  /** Include vaccines that were prescribed but were not administered in the result */
  showprescribednotadministered?: boolean;
  /** Include refused vaccines in the result */
  showrefused?: boolean;
}

/** Parameters of {@link ChartResource.addVaccine}. */
export interface AddVaccineParams {
  /** Date when this vaccine was administered (if administered) */
  administerdate: DateInput;
  /** Vaccine Administered Code */
  cvx: number;
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link ChartResource.updateVaccine}. */
export interface UpdateVaccineParams {
  /** Date when this vaccine was administered (if administered) */
  administerdate: DateInput;
  /** Vaccine Administered Code */
  cvx: number;
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link ChartResource.deleteVaccine}. */
export interface DeleteVaccineParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Date when this vaccine record was deleted from athenaNet (defaults to today) */
  deleteddate?: DateInput;
}

/** Parameters of {@link ChartResource.listVitals}. */
export interface ListVitalsParams {
  /** The department for this patient. */
  departmentid: string;
  /** The source of the vitals. */
  source: 'ENCOUNTER';
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Show configured vitals that have no readings for this patient. */
  showemptyvitals?: boolean;
  /** Readings from this date. */
  startdate?: DateInput;
  /** Readings up to this date. */
  enddate?: DateInput;
}

/** Parameters of {@link ChartResource.addVitals}. */
export interface AddVitalsParams {
  /** The department for this patient. */
  departmentid: string;
  /** The source of the vitals. */
  source: 'ENCOUNTER';
  /** An ID used to further specify the source, ex. */
  sourceid: string;
  /** This is an array of arrays in JSON. */
  vitals: unknown;
}

/** Parameters of {@link ChartResource.updateVital}. */
export interface UpdateVitalParams {
  /** The department for this patient. */
  departmentid: string;
  /** The source of the vitals. */
  source: 'ENCOUNTER';
  /** The reading value. */
  value: string;
}

/** Parameters of {@link ChartResource.deleteVital}. */
export interface DeleteVitalParams {
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link ChartResource.getCcda}. */
export interface GetCcdaParams {
  /** The department from which to retrieve the patient's chart. */
  departmentid: string;
  /** The purpose of this request. */
  purpose: 'internal';
  /** If set to true, use XML (not JSON) as output. */
  xmloutput?: boolean;
}

/**
 * The chart operations of the table, one thin method each: the base of the public
 * `ChartResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedChartResource extends APIResource {
  /**
   * Gets the medical history questions the practice has configured.
   *
   * `GET /chart/configuration/medicalhistory`
   * @example
   * const result = await athena.chart.getMedicalHistoryConfiguration();
   */
  getMedicalHistoryConfiguration(params: GetMedicalHistoryConfigurationParams = {}, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getMedicalHistoryConfiguration, { ...params }, options);
  }

  /**
   * Gets the OB/GYN history questions the practice has configured.
   *
   * `GET /chart/configuration/obgynhistory`
   * @example
   * const result = await athena.chart.getObgynHistoryConfiguration();
   */
  getObgynHistoryConfiguration(params: GetObgynHistoryConfigurationParams = {}, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getObgynHistoryConfiguration, { ...params }, options);
  }

  /**
   * List of configured social history templates and questions for this practice.
   *
   * `GET /chart/configuration/socialhistory`
   * @example
   * const result = await athena.chart.getSocialHistoryConfiguration();
   */
  getSocialHistoryConfiguration(options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getSocialHistoryConfiguration, {}, options);
  }

  /**
   * List of configured vitals for this practice
   *
   * `GET /chart/configuration/vitals`
   * @example
   * for await (const item of athena.chart.getVitalsConfiguration()) console.log(item);
   */
  getVitalsConfiguration(params: GetVitalsConfigurationParams = {}, options?: RequestOptions): PagedList<AthenaRecord> {
    return this.caller.list(ops.getVitalsConfiguration, { ...params }, options);
  }

  /**
   * Returns the list of allergies for this patient.
   *
   * `GET /chart/{patientid}/allergies`
   * @example
   * const result = await athena.chart.getAllergies('1', { departmentid: '1' });
   */
  getAllergies(patientId: string, params: GetAllergiesParams, options?: RequestOptions): APIPromise<AllergyList> {
    return this.caller.call(ops.getAllergies, { ...params, patientid: patientId }, options);
  }

  /**
   * Patient allergies and associated information. athena replaces the whole list: prefer addOrUpdateAllergies, which merges with the current list.
   *
   * `PUT /chart/{patientid}/allergies`
   * @example
   * const result = await athena.chart.updateAllergies('1', { departmentid: '1' });
   */
  updateAllergies(patientId: string, params: UpdateAllergiesParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateAllergies, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the lab result analytes in a patient's chart.
   *
   * `GET /chart/{patientid}/analytes`
   * @example
   * const result = await athena.chart.listAnalytes('1', { departmentid: '1' });
   */
  listAnalytes(patientId: string, params: ListAnalytesParams, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listAnalytes, { ...params, patientid: patientId }, options);
  }

  /**
   * Retrieve the care team for a patient/chart
   *
   * `GET /chart/{patientid}/careteam`
   * @example
   * const result = await athena.chart.getCareTeam('1');
   */
  getCareTeam(patientId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getCareTeam, { patientid: patientId }, options);
  }

  /**
   * Gets the default clinical providers (pharmacy, lab, imaging) of a patient.
   *
   * `GET /chart/{patientid}/clinicalproviders/default`
   * @example
   * const result = await athena.chart.getDefaultClinicalProviders('1', { clinicalordertypegroupid: '1', departmentid: '1' });
   */
  getDefaultClinicalProviders(patientId: string, params: GetDefaultClinicalProvidersParams, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getDefaultClinicalProviders, { ...params, patientid: patientId }, options);
  }

  /**
   * Sets the default clinical providers of a patient.
   *
   * `PUT /chart/{patientid}/clinicalproviders/default`
   * @example
   * const result = await athena.chart.updateDefaultClinicalProviders('1', { clinicalordertypegroupid: '1', departmentid: '1' });
   */
  updateDefaultClinicalProviders(patientId: string, params: UpdateDefaultClinicalProvidersParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateDefaultClinicalProviders, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the preferred clinical providers (pharmacies, labs, imaging centers) of a patient.
   *
   * `GET /chart/{patientid}/clinicalproviders/preferred`
   * @example
   * const result = await athena.chart.getPreferredClinicalProviders('1', { clinicalordertypegroupid: '1', departmentid: '1' });
   */
  getPreferredClinicalProviders(patientId: string, params: GetPreferredClinicalProvidersParams, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getPreferredClinicalProviders, { ...params, patientid: patientId }, options);
  }

  /**
   * Adds or updates preferred clinical providers of a patient.
   *
   * `PUT /chart/{patientid}/clinicalproviders/preferred`
   * @example
   * const result = await athena.chart.updatePreferredClinicalProviders('1', { clinicalordertypegroupid: '1', departmentid: '1', ncpdpid: '1' });
   */
  updatePreferredClinicalProviders(patientId: string, params: UpdatePreferredClinicalProvidersParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updatePreferredClinicalProviders, { ...params, patientid: patientId }, options);
  }

  /**
   * Removes a preferred clinical provider of a patient.
   *
   * `DELETE /chart/{patientid}/clinicalproviders/preferred`
   * @example
   * const result = await athena.chart.deletePreferredClinicalProvider('1', { clinicalordertypegroupid: '1', departmentid: '1', ncpdpid: '1' });
   */
  deletePreferredClinicalProvider(patientId: string, params: DeletePreferredClinicalProviderParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deletePreferredClinicalProvider, { ...params, patientid: patientId }, options);
  }

  /**
   * Create a chart export (patient record) in athenaNet
   *
   * `POST /chart/{patientid}/documentexport`
   * @example
   * const result = await athena.chart.createDocumentExport('1', { createfromdaterangestart: '2026-01-15', departmentid: '1' });
   */
  createDocumentExport(patientId: string, params: CreateDocumentExportParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.createDocumentExport, { ...params, patientid: patientId }, options);
  }

  /**
   * Exports one document of a patient's chart.
   *
   * `GET /chart/{patientid}/documentexport/{documentid}`
   * @example
   * const result = await athena.chart.getDocumentExport('1', '1');
   */
  getDocumentExport(patientId: string, documentId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getDocumentExport, { patientid: patientId, documentid: documentId }, options);
  }

  /**
   * Gets the family history of a patient.
   *
   * `GET /chart/{patientid}/familyhistory`
   * @example
   * const result = await athena.chart.getFamilyHistory('1', { departmentid: '1' });
   */
  getFamilyHistory(patientId: string, params: GetFamilyHistoryParams, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getFamilyHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * Updates the family history of a patient.
   *
   * `PUT /chart/{patientid}/familyhistory`
   * @example
   * const result = await athena.chart.updateFamilyHistory('1', { departmentid: '1' });
   */
  updateFamilyHistory(patientId: string, params: UpdateFamilyHistoryParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateFamilyHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the interpretations in a patient's chart.
   *
   * `GET /chart/{patientid}/interpretations`
   * @example
   * for await (const item of athena.chart.listInterpretations('1', { departmentid: '1' })) console.log(item);
   */
  listInterpretations(patientId: string, params: ListInterpretationsParams, options?: RequestOptions): PagedList<AthenaRecord> {
    return this.caller.list(ops.listInterpretations, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the lab results in a patient's chart.
   *
   * `GET /chart/{patientid}/labresults`
   * @example
   * for await (const item of athena.chart.listLabResults('1', { departmentid: '1' })) console.log(item);
   */
  listLabResults(patientId: string, params: ListLabResultsParams, options?: RequestOptions): PagedList<LabResult> {
    return this.caller.list(ops.listLabResults, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets the medical history of a patient.
   *
   * `GET /chart/{patientid}/medicalhistory`
   * @example
   * const result = await athena.chart.getMedicalHistory('1', { departmentid: '1' });
   */
  getMedicalHistory(patientId: string, params: GetMedicalHistoryParams, options?: RequestOptions): APIPromise<QuestionList> {
    return this.caller.call(ops.getMedicalHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * Updates the medical history of a patient.
   *
   * `PUT /chart/{patientid}/medicalhistory`
   * @example
   * const result = await athena.chart.updateMedicalHistory('1', { departmentid: '1' });
   */
  updateMedicalHistory(patientId: string, params: UpdateMedicalHistoryParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateMedicalHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * Get the list of medications for given patient. The array-of-arrays body as athena sends it; getMedications flattens it.
   *
   * `GET /chart/{patientid}/medications`
   * @example
   * const result = await athena.chart.getMedicationsRaw('1', { departmentid: '1' });
   */
  getMedicationsRaw(patientId: string, params: GetMedicationsRawParams, options?: RequestOptions): APIPromise<MedicationListBody> {
    return this.caller.call(ops.getMedicationsRaw, { ...params, patientid: patientId }, options);
  }

  /**
   * Add a new historical medication.
   *
   * `POST /chart/{patientid}/medications`
   * @example
   * const result = await athena.chart.addMedication('1', { departmentid: '1', medicationid: '1' });
   */
  addMedication(patientId: string, params: AddMedicationParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addMedication, { ...params, patientid: patientId }, options);
  }

  /**
   * Update the section wide note and no medications reported flag.
   *
   * `PUT /chart/{patientid}/medications`
   * @example
   * const result = await athena.chart.updateMedicationsSection('1', { departmentid: '1' });
   */
  updateMedicationsSection(patientId: string, params: UpdateMedicationsSectionParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateMedicationsSection, { ...params, patientid: patientId }, options);
  }

  /**
   * Update properties of a given medication
   *
   * `PUT /chart/{patientid}/medications/{medicationentryid}`
   * @example
   * const result = await athena.chart.updateMedication('1', '1', { departmentid: '1' });
   */
  updateMedication(patientId: string, medicationentryId: string, params: UpdateMedicationParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateMedication, { ...params, patientid: patientId, medicationentryid: medicationentryId }, options);
  }

  /**
   * Gets the OB/GYN history of a patient.
   *
   * `GET /chart/{patientid}/obgynhistory`
   * @example
   * const result = await athena.chart.getObgynHistory('1', { departmentid: '1' });
   */
  getObgynHistory(patientId: string, params: GetObgynHistoryParams, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getObgynHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * OBGYNHistory for this chart
   *
   * `PUT /chart/{patientid}/obgynhistory`
   * @example
   * const result = await athena.chart.updateObgynHistory('1', { departmentid: '1' });
   */
  updateObgynHistory(patientId: string, params: UpdateObgynHistoryParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateObgynHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * Lists the problems on a patient's chart.
   *
   * `GET /chart/{patientid}/problems`
   * @example
   * for await (const item of athena.chart.listProblems('1', { departmentid: '1' })) console.log(item);
   */
  listProblems(patientId: string, params: ListProblemsParams, options?: RequestOptions): PagedList<Problem> {
    return this.caller.list(ops.listProblems, { ...params, patientid: patientId }, options);
  }

  /**
   * Add a new problem for this patient.
   *
   * `POST /chart/{patientid}/problems`
   * @example
   * const result = await athena.chart.addProblem('1', { departmentid: '1', snomedcode: '44054006' });
   */
  addProblem(patientId: string, params: AddProblemParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addProblem, { ...params, patientid: patientId }, options);
  }

  /**
   * Updates one problem on a patient's chart.
   *
   * `PUT /chart/{patientid}/problems/{problemid}`
   * @example
   * const result = await athena.chart.updateProblem('1', '1', { departmentid: '1' });
   */
  updateProblem(patientId: string, problemId: string, params: UpdateProblemParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateProblem, { ...params, patientid: patientId, problemid: problemId }, options);
  }

  /**
   * Adds an end date of today and hides this problem in the UI.
   *
   * `DELETE /chart/{patientid}/problems/{problemid}`
   * @example
   * const result = await athena.chart.deleteProblem('1', '1', { departmentid: '1' });
   */
  deleteProblem(patientId: string, problemId: string, params: DeleteProblemParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteProblem, { ...params, patientid: patientId, problemid: problemId }, options);
  }

  /**
   * Gets the social history questions and answers of a patient.
   *
   * `GET /chart/{patientid}/socialhistory`
   * @example
   * const result = await athena.chart.getSocialHistory('1', { departmentid: '1' });
   */
  getSocialHistory(patientId: string, params: GetSocialHistoryParams, options?: RequestOptions): APIPromise<QuestionList> {
    return this.caller.call(ops.getSocialHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * Update the set of social history questions for this patient
   *
   * `PUT /chart/{patientid}/socialhistory`
   * @example
   * const result = await athena.chart.updateSocialHistory('1', { departmentid: '1' });
   */
  updateSocialHistory(patientId: string, params: UpdateSocialHistoryParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateSocialHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * Returns the list of selected social history templates for this patient.
   *
   * `GET /chart/{patientid}/socialhistory/templates`
   * @example
   * const result = await athena.chart.listSocialHistoryTemplates('1', { departmentid: '1' });
   */
  listSocialHistoryTemplates(patientId: string, params: ListSocialHistoryTemplatesParams, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listSocialHistoryTemplates, { ...params, patientid: patientId }, options);
  }

  /**
   * Sets the social history templates shown for a patient.
   *
   * `PUT /chart/{patientid}/socialhistory/templates`
   * @example
   * const result = await athena.chart.updateSocialHistoryTemplates('1', { departmentid: '1', templateids: '1' });
   */
  updateSocialHistoryTemplates(patientId: string, params: UpdateSocialHistoryTemplatesParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateSocialHistoryTemplates, { ...params, patientid: patientId }, options);
  }

  /**
   * Gets the surgical history of a patient.
   *
   * `GET /chart/{patientid}/surgicalhistory`
   * @example
   * const result = await athena.chart.getSurgicalHistory('1', { departmentid: '1' });
   */
  getSurgicalHistory(patientId: string, params: GetSurgicalHistoryParams, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getSurgicalHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * Adds procedures to the surgical history of a patient.
   *
   * `POST /chart/{patientid}/surgicalhistory`
   * @example
   * const result = await athena.chart.addSurgicalHistory('1', { departmentid: '1' });
   */
  addSurgicalHistory(patientId: string, params: AddSurgicalHistoryParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addSurgicalHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * Updates the surgical history of a patient.
   *
   * `PUT /chart/{patientid}/surgicalhistory`
   * @example
   * const result = await athena.chart.updateSurgicalHistory('1', { departmentid: '1' });
   */
  updateSurgicalHistory(patientId: string, params: UpdateSurgicalHistoryParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateSurgicalHistory, { ...params, patientid: patientId }, options);
  }

  /**
   * Vaccines for this chart
   *
   * `GET /chart/{patientid}/vaccines`
   * @example
   * for await (const item of athena.chart.listVaccines('1', { departmentid: '1' })) console.log(item);
   */
  listVaccines(patientId: string, params: ListVaccinesParams, options?: RequestOptions): PagedList<Vaccine> {
    return this.caller.list(ops.listVaccines, { ...params, patientid: patientId }, options);
  }

  /**
   * Adds a vaccine to a patient's chart.
   *
   * `POST /chart/{patientid}/vaccines`
   * @example
   * const result = await athena.chart.addVaccine('1', { administerdate: '2026-01-15', cvx: 1, departmentid: '1' });
   */
  addVaccine(patientId: string, params: AddVaccineParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addVaccine, { ...params, patientid: patientId }, options);
  }

  /**
   * Updates one vaccine on a patient's chart.
   *
   * `PUT /chart/{patientid}/vaccines/{vaccineid}`
   * @example
   * const result = await athena.chart.updateVaccine('1', '1', { administerdate: '2026-01-15', cvx: 1, departmentid: '1' });
   */
  updateVaccine(patientId: string, vaccineId: string, params: UpdateVaccineParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateVaccine, { ...params, patientid: patientId, vaccineid: vaccineId }, options);
  }

  /**
   * Vaccine update logic for this chart
   *
   * `DELETE /chart/{patientid}/vaccines/{vaccineid}`
   * @example
   * const result = await athena.chart.deleteVaccine('1', '1', { departmentid: '1' });
   */
  deleteVaccine(patientId: string, vaccineId: string, params: DeleteVaccineParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteVaccine, { ...params, patientid: patientId, vaccineid: vaccineId }, options);
  }

  /**
   * Returns the list of vitals for the given patient.
   *
   * `GET /chart/{patientid}/vitals`
   * @example
   * for await (const item of athena.chart.listVitals('1', { departmentid: '1', source: 'ENCOUNTER' })) console.log(item);
   */
  listVitals(patientId: string, params: ListVitalsParams, options?: RequestOptions): PagedList<Vital> {
    return this.caller.list(ops.listVitals, { ...params, patientid: patientId }, options);
  }

  /**
   * Add a set of new vital readings for this patient.
   *
   * `POST /chart/{patientid}/vitals`
   * @example
   * const result = await athena.chart.addVitals('1', { departmentid: '1', source: 'ENCOUNTER', sourceid: '1', vitals: [] });
   */
  addVitals(patientId: string, params: AddVitalsParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addVitals, { ...params, patientid: patientId }, options);
  }

  /**
   * Update a single vital attribute reading
   *
   * `PUT /chart/{patientid}/vitals/{vitalid}`
   * @example
   * const result = await athena.chart.updateVital('1', '1', { departmentid: '1', source: 'ENCOUNTER', value: '120' });
   */
  updateVital(patientId: string, vitalId: string, params: UpdateVitalParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateVital, { ...params, patientid: patientId, vitalid: vitalId }, options);
  }

  /**
   * Deletes the given vital entry.
   *
   * `DELETE /chart/{patientid}/vitals/{vitalid}`
   * @example
   * const result = await athena.chart.deleteVital('1', '1', { departmentid: '1' });
   */
  deleteVital(patientId: string, vitalId: string, params: DeleteVitalParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteVital, { ...params, patientid: patientId, vitalid: vitalId }, options);
  }

  /**
   * Get the patient's ambulatory summary (continuity of care document) in CCDA format (XML).
   *
   * `GET /patients/{patientid}/ccda`
   * @example
   * const result = await athena.chart.getCcda('1', { departmentid: '1', purpose: 'internal' });
   */
  getCcda(patientId: string, params: GetCcdaParams, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getCcda, { ...params, patientid: patientId }, options);
  }
}
