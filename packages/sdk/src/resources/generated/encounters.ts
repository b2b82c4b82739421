// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource, type AthenaRecord } from '../../core/resource.js';
import { encountersOperations as ops } from '../../operations/generated/encounters.js';
import type { DateInput, Diagnosis, Encounter, EncounterSummary, WriteResult } from '../types/index.js';

/** Parameters of {@link EncountersResource.listEncounters}. */
export interface ListEncountersParams {
  /** The athenaNet department id. */
  departmentid: string;
  /** Find the encounter for this appointment. */
  appointmentid?: string;
  /** Omit any encounters later than this date */
  enddate?: DateInput;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default only encounters in OPEN, CLOSED, or REVIEW status are retrieved, with this flag, encounters aren't filtered by status. */
  showallstatuses?: boolean;
  /** Retrieve all encounter types, by default only VISIT and ORDERSONLY are retrieved. */
  showalltypes?: boolean;
  /** Query diagnosis information for every encounter */
  showdiagnoses?: boolean;
  /** Omit any encounters earlier than this date */
  startdate?: DateInput;
  /** Only encounters of this provider. */
  providerid?: string;
}

/** Parameters of {@link EncountersResource.getAppointmentEncounterSummary}. */
export interface GetAppointmentEncounterSummaryParams {
  /** Flag to skip many details to make the html smaller */
  mobile?: boolean;
  /** Flag to skip encounter amendments */
  skipamendments?: boolean;
}

/** Parameters of {@link EncountersResource.listEncounterPatientLocations}. */
export interface ListEncounterPatientLocationsParams {
  /** The athenaNet department id. */
  departmentid: string;
}

/** Parameters of {@link EncountersResource.listPatientStatuses}. */
export interface ListPatientStatusesParams {
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link EncountersResource.listQuestionnaireScreenerTemplates}. */
export interface ListQuestionnaireScreenerTemplatesParams {
  /** The department ID. */
  departmentid: string;
  /** The patient ID. */
  patientid: string;
  /** The appointment ID. */
  appointmentid?: string;
  /** The encounter ID. */
  encounterid?: string;
  /** Number of entries to return (default 100, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link EncountersResource.updateEncounter}. */
export interface UpdateEncounterParams {
  /** The practice patient location id. */
  patientlocationid: string;
  /** The practice patient status id. */
  patientstatusid?: string;
}

/** Parameters of {@link EncountersResource.listEncounterReasons}. */
export interface ListEncounterReasonsParams {
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link EncountersResource.listOrders}. */
export interface ListOrdersParams {
  showclinicalprovider?: boolean;
  showdeclinedorders?: boolean;
  showexternalcodes?: boolean;
  allowdischargetype?: boolean;
}

/** Parameters of {@link EncountersResource.getPhysicalExam}. */
export interface GetPhysicalExamParams {
  /** If true, returns the physical exam as structured data. */
  showstructured?: boolean;
  /** Answer in the CCDA output format. */
  ccdaoutputformat?: boolean;
  /** Only these exam templates. */
  templateids?: string[] | string;
}

/** Parameters of {@link EncountersResource.getProcedureDocumentation}. */
export interface GetProcedureDocumentationParams {
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Procedure documentation is stored as HTML templates filled in by the practice. */
  showhtml?: boolean;
}

/** Parameters of {@link EncountersResource.listQuestionnaireScreeners}. */
export interface ListQuestionnaireScreenersParams {
  /** Number of entries to return (default 100, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link EncountersResource.activateQuestionnaireScreener}. */
export interface ActivateQuestionnaireScreenerParams {
  /** The template ID for the screener that will be activated. */
  templateid: string;
}

/** Parameters of {@link EncountersResource.updateQuestionnaireScreener}. */
export interface UpdateQuestionnaireScreenerParams {
  /** A comma delimited array of document IDs to attach to the questionnaire. */
  documentids: string[] | string;
  /** The questionnaire ID to be updated. */
  questionnaireid: string;
  /** A JSON array of questions that contain a questionid and answer. */
  questions: unknown;
  /** The score for the questionnaire screener. */
  score: number;
  /** The guidelines given by the score and questionnaire. */
  guidelines?: string;
  /** The note for the questionnaire screener. */
  note?: string;
}

/** Parameters of {@link EncountersResource.updateScoreOnlyQuestionnaireScreener}. */
export interface UpdateScoreOnlyQuestionnaireScreenerParams {
  /** A comma delimited array of document IDs to attach to the questionnaire. */
  documentids: string[] | string;
  /** The questionnaire ID to be updated. */
  questionnaireid: string;
  /** The note for the questionnaire screener. */
  note?: string;
  /** The score for the questionnaire screener. */
  score?: number;
}

/** Parameters of {@link EncountersResource.getEncounterSummary}. */
export interface GetEncounterSummaryParams {
  /** Flag to skip many details to make the html smaller */
  mobile?: boolean;
  /** Flag to skip encounter amendments */
  skipamendments?: boolean;
}

/** Parameters of {@link EncountersResource.addDiagnosis}. */
export interface AddDiagnosisParams {
  snomedcode: string;
  icd10codes?: string[] | string;
  note?: string;
  laterality?: string;
}

/**
 * The encounters operations of the table, one thin method each: the base of the public
 * `EncountersResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedEncountersResource extends APIResource {
  /**
   * Encounters that have occured in the past for this chart
   *
   * `GET /chart/{patientid}/encounters`
   * @example
   * for await (const item of athena.encounters.listEncounters('1', { departmentid: '1' })) console.log(item);
   */
  listEncounters(patientId: string, params: ListEncountersParams, options?: RequestOptions): PagedList<Encounter> {
    return this.caller.list(ops.listEncounters, { ...params, patientid: patientId }, options);
  }

  /**
   * The HTML Summary for an encounter wrapped in JSON.
   *
   * `GET /chart/{patientid}/encounters/{appointmentid}/summary`
   * @example
   * const result = await athena.encounters.getAppointmentEncounterSummary('1', '1');
   */
  getAppointmentEncounterSummary(patientId: string, appointmentId: string, params: GetAppointmentEncounterSummaryParams = {}, options?: RequestOptions): APIPromise<EncounterSummary> {
    return this.caller.call(ops.getAppointmentEncounterSummary, { ...params, patientid: patientId, appointmentid: appointmentId }, options);
  }

  /**
   * Lists the in-office order types of the practice.
   *
   * `GET /chart/configuration/officeordertypes`
   * @example
   * const result = await athena.encounters.listOfficeOrderTypes();
   */
  listOfficeOrderTypes(options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listOfficeOrderTypes, {}, options);
  }

  /**
   * Lists the patient locations (rooms) of a department.
   *
   * `GET /chart/configuration/patientlocations`
   * @example
   * const result = await athena.encounters.listEncounterPatientLocations({ departmentid: '1' });
   */
  listEncounterPatientLocations(params: ListEncounterPatientLocationsParams, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listEncounterPatientLocations, { ...params }, options);
  }

  /**
   * Lists the patient statuses an encounter can have.
   *
   * `GET /chart/configuration/patientstatuses`
   * @example
   * const result = await athena.encounters.listPatientStatuses();
   */
  listPatientStatuses(params: ListPatientStatusesParams = {}, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listPatientStatuses, { ...params }, options);
  }

  /**
   * Retreive a list of possible questionnaire screeners for a given appointment ID or encounter ID.
   *
   * `GET /chart/configuration/questionnairescreeners`
   * @example
   * const result = await athena.encounters.listQuestionnaireScreenerTemplates({ departmentid: '1', patientid: '1' });
   */
  listQuestionnaireScreenerTemplates(params: ListQuestionnaireScreenerTemplatesParams, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listQuestionnaireScreenerTemplates, { ...params }, options);
  }

  /**
   * Gets one encounter.
   *
   * `GET /chart/encounter/{encounterid}`
   * @example
   * const result = await athena.encounters.getEncounter('1');
   */
  getEncounter(encounterId: string, options?: RequestOptions): APIPromise<Encounter> {
    return this.caller.call(ops.getEncounter, { encounterid: encounterId }, options);
  }

  /**
   * Update some basic information about an encounter
   *
   * `PUT /chart/encounter/{encounterid}`
   * @example
   * const result = await athena.encounters.updateEncounter('1', { patientlocationid: '1' });
   */
  updateEncounter(encounterId: string, params: UpdateEncounterParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateEncounter, { ...params, encounterid: encounterId }, options);
  }

  /**
   * Gets the assessment note of an encounter.
   *
   * `GET /chart/encounter/{encounterid}/assessment`
   * @example
   * const result = await athena.encounters.getAssessment('1');
   */
  getAssessment(encounterId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getAssessment, { encounterid: encounterId }, options);
  }

  /**
   * Lists the diagnoses of an encounter.
   *
   * `GET /chart/encounter/{encounterid}/diagnoses`
   * @example
   * const result = await athena.encounters.listDiagnoses('1');
   */
  listDiagnoses(encounterId: string, options?: RequestOptions): APIPromise<Diagnosis[]> {
    return this.caller.call(ops.listDiagnoses, { encounterid: encounterId }, options);
  }

  /**
   * Lists the reasons for an encounter.
   *
   * `GET /chart/encounter/{encounterid}/encounterreasons`
   * @example
   * const result = await athena.encounters.listEncounterReasons('1');
   */
  listEncounterReasons(encounterId: string, params: ListEncounterReasonsParams = {}, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listEncounterReasons, { ...params, encounterid: encounterId }, options);
  }

  /**
   * Lists the orders of an encounter, grouped by diagnosis.
   *
   * `GET /chart/encounter/{encounterid}/orders`
   * @example
   * const result = await athena.encounters.listOrders('1');
   */
  listOrders(encounterId: string, params: ListOrdersParams = {}, options?: RequestOptions): APIPromise<AthenaRecord[]> {
    return this.caller.call(ops.listOrders, { ...params, encounterid: encounterId }, options);
  }

  /**
   * Gets the patient goals recorded in an encounter.
   *
   * `GET /chart/encounter/{encounterid}/patientgoals`
   * @example
   * const result = await athena.encounters.getPatientGoals('1');
   */
  getPatientGoals(encounterId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getPatientGoals, { encounterid: encounterId }, options);
  }

  /**
   * Get the physical exam summary for an encounter.
   *
   * `GET /chart/encounter/{encounterid}/physicalexam`
   * @example
   * const result = await athena.encounters.getPhysicalExam('1');
   */
  getPhysicalExam(encounterId: string, params: GetPhysicalExamParams = {}, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getPhysicalExam, { ...params, encounterid: encounterId }, options);
  }

  /**
   * Returns the procedure documentation associated with an encounter
   *
   * `GET /chart/encounter/{encounterid}/proceduredocumentation`
   * @example
   * const result = await athena.encounters.getProcedureDocumentation('1');
   */
  getProcedureDocumentation(encounterId: string, params: GetProcedureDocumentationParams = {}, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getProcedureDocumentation, { ...params, encounterid: encounterId }, options);
  }

  /**
   * Retrieve a list of currently enabled questionnaire screeners for the encounter.
   *
   * `GET /chart/encounter/{encounterid}/questionnairescreeners`
   * @example
   * const result = await athena.encounters.listQuestionnaireScreeners('1');
   */
  listQuestionnaireScreeners(encounterId: string, params: ListQuestionnaireScreenersParams = {}, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.listQuestionnaireScreeners, { ...params, encounterid: encounterId }, options);
  }

  /**
   * Activate a questionnaire screener using the template ID
   *
   * `POST /chart/encounter/{encounterid}/questionnairescreeners`
   * @example
   * const result = await athena.encounters.activateQuestionnaireScreener('1', { templateid: '1' });
   */
  activateQuestionnaireScreener(encounterId: string, params: ActivateQuestionnaireScreenerParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.activateQuestionnaireScreener, { ...params, encounterid: encounterId }, options);
  }

  /**
   * Update a questionnaire screener.
   *
   * `PUT /chart/encounter/{encounterid}/questionnairescreeners`
   * @example
   * const result = await athena.encounters.updateQuestionnaireScreener('1', { documentids: ['1'], questionnaireid: '1', questions: [], score: 1 });
   */
  updateQuestionnaireScreener(encounterId: string, params: UpdateQuestionnaireScreenerParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateQuestionnaireScreener, { ...params, encounterid: encounterId }, options);
  }

  /**
   * Update a score-only questionnaire screener.
   *
   * `PUT /chart/encounter/{encounterid}/questionnairescreeners/scoreonly`
   * @example
   * const result = await athena.encounters.updateScoreOnlyQuestionnaireScreener('1', { documentids: ['1'], questionnaireid: '1' });
   */
  updateScoreOnlyQuestionnaireScreener(encounterId: string, params: UpdateScoreOnlyQuestionnaireScreenerParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateScoreOnlyQuestionnaireScreener, { ...params, encounterid: encounterId }, options);
  }

  /**
   * The HTML Summary for an encounter
   *
   * `GET /chart/encounters/{encounterid}/summary`
   * @example
   * const result = await athena.encounters.getEncounterSummary('1');
   */
  getEncounterSummary(encounterId: string, params: GetEncounterSummaryParams = {}, options?: RequestOptions): APIPromise<EncounterSummary> {
    return this.caller.call(ops.getEncounterSummary, { ...params, encounterid: encounterId }, options);
  }

  /**
   * Adds a diagnosis to an encounter by SNOMED code.
   *
   * `POST /chart/encounter/{encounterid}/diagnoses`
   * @example
   * const result = await athena.encounters.addDiagnosis('1', { snomedcode: '44054006' });
   */
  addDiagnosis(encounterId: string, params: AddDiagnosisParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addDiagnosis, { ...params, encounterid: encounterId }, options);
  }
}
