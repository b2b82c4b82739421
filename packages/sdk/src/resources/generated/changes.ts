// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import { changesOperations as ops } from '../../operations/generated/changes.js';
import type { AppointmentChange, ChangeRecord, PatientChange, SubscriptionEvents, SubscriptionStatus, WriteResult } from '../types/index.js';

/** Parameters of {@link ChangesResource.listChangedAppointments}. */
export interface ListChangedAppointmentsParams {
  /** Department id. */
  departmentid?: string;
  /** When showing patient detail for appointments, the patient information for patients with record restrictions and blocked patients will not be shown. */
  ignorerestrictions?: boolean;
  /** For testing purposes, do not mark records as processed. */
  leaveunprocessed?: boolean;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Include patient information for each patient associated with an appointment. */
  showpatientdetail?: boolean;
  /** See showprocessestartdatetime. */
  showprocessedenddatetime?: string;
  /** Show already processed changes, starting at this mm/dd/yyyy hh24:mi:ss (Eastern) time. */
  showprocessedstartdatetime?: string;
  patientid?: string;
  providerid?: string;
  showinsurance?: boolean;
  showclaimdetail?: boolean;
  showcopay?: boolean;
  showremindercalldetail?: boolean;
}

/** Parameters of {@link ChangesResource.subscribeAppointments}. */
export interface SubscribeAppointmentsParams {
  /** One event to (un)subscribe; all events when absent. */
  eventname?: string;
}

/** Parameters of {@link ChangesResource.unsubscribeAppointments}. */
export interface UnsubscribeAppointmentsParams {
  /** One event to (un)subscribe; all events when absent. */
  eventname?: string;
}

/** Parameters of {@link ChangesResource.listChangedPatients}. */
export interface ListChangedPatientsParams {
  /** Patient information for patients with record restrictions and blocked patients will not be shown. */
  ignorerestrictions?: boolean;
  /** For testing purposes, do not mark records as processed. */
  leaveunprocessed?: boolean;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** See showprocessestartdatetime. */
  showprocessedenddatetime?: string;
  /** Show already processed changes, starting at this mm/dd/yyyy hh24:mi:ss (Eastern) time. */
  showprocessedstartdatetime?: string;
  /** Only changes in this department (release 21.7+). */
  departmentid?: string;
  patientid?: string;
  /** Include the enterprise-wide patient id. */
  returnglobalid?: boolean;
  /** Include the ids a merged patient had. */
  showpreviouspatientids?: boolean;
}

/** Parameters of {@link ChangesResource.subscribePatients}. */
export interface SubscribePatientsParams {
  /** One event to (un)subscribe; all events when absent. */
  eventname?: string;
}

/** Parameters of {@link ChangesResource.unsubscribePatients}. */
export interface UnsubscribePatientsParams {
  /** One event to (un)subscribe; all events when absent. */
  eventname?: string;
}

/** Parameters of {@link ChangesResource.listChangedProviders}. */
export interface ListChangedProvidersParams {
  /** Only changes in this department (release 21.7+). */
  departmentid?: string;
  /** Leave the records unprocessed, so the next call returns them again. */
  leaveunprocessed?: boolean;
  /** Re-read processed changes from this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedstartdatetime?: string;
  /** Re-read processed changes up to this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedenddatetime?: string;
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
}

/** Parameters of {@link ChangesResource.subscribeProviders}. */
export interface SubscribeProvidersParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.unsubscribeProviders}. */
export interface UnsubscribeProvidersParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.listChangedPrescriptions}. */
export interface ListChangedPrescriptionsParams {
  /** Only changes in this department (release 21.7+). */
  departmentid?: string;
  /** Leave the records unprocessed, so the next call returns them again. */
  leaveunprocessed?: boolean;
  /** Re-read processed changes from this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedstartdatetime?: string;
  /** Re-read processed changes up to this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedenddatetime?: string;
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
}

/** Parameters of {@link ChangesResource.subscribePrescriptions}. */
export interface SubscribePrescriptionsParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.unsubscribePrescriptions}. */
export interface UnsubscribePrescriptionsParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.listChangedClaims}. */
export interface ListChangedClaimsParams {
  /** Only changes in this department (release 21.7+). */
  departmentid?: string;
  /** Leave the records unprocessed, so the next call returns them again. */
  leaveunprocessed?: boolean;
  /** Re-read processed changes from this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedstartdatetime?: string;
  /** Re-read processed changes up to this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedenddatetime?: string;
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
}

/** Parameters of {@link ChangesResource.subscribeClaims}. */
export interface SubscribeClaimsParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.unsubscribeClaims}. */
export interface UnsubscribeClaimsParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.listChangedLabResults}. */
export interface ListChangedLabResultsParams {
  /** Only changes in this department (release 21.7+). */
  departmentid?: string;
  /** Leave the records unprocessed, so the next call returns them again. */
  leaveunprocessed?: boolean;
  /** Re-read processed changes from this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedstartdatetime?: string;
  /** Re-read processed changes up to this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedenddatetime?: string;
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
  /** Only results shared with the patient portal. */
  showportalonly?: boolean;
}

/** Parameters of {@link ChangesResource.subscribeLabResults}. */
export interface SubscribeLabResultsParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.unsubscribeLabResults}. */
export interface UnsubscribeLabResultsParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.listChangedProblems}. */
export interface ListChangedProblemsParams {
  /** Only changes in this department (release 21.7+). */
  departmentid?: string;
  /** Leave the records unprocessed, so the next call returns them again. */
  leaveunprocessed?: boolean;
  /** Re-read processed changes from this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedstartdatetime?: string;
  /** Re-read processed changes up to this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedenddatetime?: string;
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
  /** Only changes of this patient. */
  patientid?: string;
}

/** Parameters of {@link ChangesResource.subscribeProblems}. */
export interface SubscribeProblemsParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.unsubscribeProblems}. */
export interface UnsubscribeProblemsParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.listChangedAllergies}. */
export interface ListChangedAllergiesParams {
  /** Only changes in this department (release 21.7+). */
  departmentid?: string;
  /** Leave the records unprocessed, so the next call returns them again. */
  leaveunprocessed?: boolean;
  /** Re-read processed changes from this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedstartdatetime?: string;
  /** Re-read processed changes up to this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedenddatetime?: string;
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
}

/** Parameters of {@link ChangesResource.subscribeAllergies}. */
export interface SubscribeAllergiesParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.unsubscribeAllergies}. */
export interface UnsubscribeAllergiesParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.listChangedMedications}. */
export interface ListChangedMedicationsParams {
  /** Only changes in this department (release 21.7+). */
  departmentid?: string;
  /** Leave the records unprocessed, so the next call returns them again. */
  leaveunprocessed?: boolean;
  /** Re-read processed changes from this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedstartdatetime?: string;
  /** Re-read processed changes up to this time (mm/dd/yyyy hh24:mi:ss, US Eastern). */
  showprocessedenddatetime?: string;
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
}

/** Parameters of {@link ChangesResource.subscribeMedications}. */
export interface SubscribeMedicationsParams {
  eventname?: string;
}

/** Parameters of {@link ChangesResource.unsubscribeMedications}. */
export interface UnsubscribeMedicationsParams {
  eventname?: string;
}

/**
 * The changes operations of the table, one thin method each: the base of the public
 * `ChangesResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedChangesResource extends APIResource {
  /**
   * This API call must be set up in advance by using /appointments/changed/subscription.
   *
   * `GET /appointments/changed`
   * @example
   * for await (const item of athena.changes.listChangedAppointments()) console.log(item);
   */
  listChangedAppointments(params: ListChangedAppointmentsParams = {}, options?: RequestOptions): PagedList<AppointmentChange> {
    return this.caller.list(ops.listChangedAppointments, { ...params }, options);
  }

  /**
   * Gets the appointments feed subscription: status and events.
   *
   * `GET /appointments/changed/subscription`
   * @example
   * const result = await athena.changes.getAppointmentSubscription();
   */
  getAppointmentSubscription(options?: RequestOptions): APIPromise<SubscriptionStatus> {
    return this.caller.call(ops.getAppointmentSubscription, {}, options);
  }

  /**
   * Subscribes to the appointments feed: all events, or the one named.
   *
   * `POST /appointments/changed/subscription`
   * @example
   * const result = await athena.changes.subscribeAppointments();
   */
  subscribeAppointments(params: SubscribeAppointmentsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.subscribeAppointments, { ...params }, options);
  }

  /**
   * Unsubscribes from the appointments feed: all events, or the one named.
   *
   * `DELETE /appointments/changed/subscription`
   * @example
   * const result = await athena.changes.unsubscribeAppointments();
   */
  unsubscribeAppointments(params: UnsubscribeAppointmentsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.unsubscribeAppointments, { ...params }, options);
  }

  /**
   * This API call must be set up in advance by using /patients/changed/subscription.
   *
   * `GET /patients/changed`
   * @example
   * for await (const item of athena.changes.listChangedPatients()) console.log(item);
   */
  listChangedPatients(params: ListChangedPatientsParams = {}, options?: RequestOptions): PagedList<PatientChange> {
    return this.caller.list(ops.listChangedPatients, { ...params }, options);
  }

  /**
   * Gets the patients feed subscription: status and events.
   *
   * `GET /patients/changed/subscription`
   * @example
   * const result = await athena.changes.getPatientSubscription();
   */
  getPatientSubscription(options?: RequestOptions): APIPromise<SubscriptionStatus> {
    return this.caller.call(ops.getPatientSubscription, {}, options);
  }

  /**
   * Subscribes to the patients feed: all events, or the one named.
   *
   * `POST /patients/changed/subscription`
   * @example
   * const result = await athena.changes.subscribePatients();
   */
  subscribePatients(params: SubscribePatientsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.subscribePatients, { ...params }, options);
  }

  /**
   * Unsubscribes from the patients feed: all events, or the one named.
   *
   * `DELETE /patients/changed/subscription`
   * @example
   * const result = await athena.changes.unsubscribePatients();
   */
  unsubscribePatients(params: UnsubscribePatientsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.unsubscribePatients, { ...params }, options);
  }

  /**
   * The events the appointments feed can subscribe to.
   *
   * `GET /appointments/changed/subscription/events`
   * @example
   * const result = await athena.changes.listAppointmentSubscriptionEvents();
   */
  listAppointmentSubscriptionEvents(options?: RequestOptions): APIPromise<SubscriptionEvents> {
    return this.caller.call(ops.listAppointmentSubscriptionEvents, {}, options);
  }

  /**
   * The events the patients feed can subscribe to.
   *
   * `GET /patients/changed/subscription/events`
   * @example
   * const result = await athena.changes.listPatientSubscriptionEvents();
   */
  listPatientSubscriptionEvents(options?: RequestOptions): APIPromise<SubscriptionEvents> {
    return this.caller.call(ops.listPatientSubscriptionEvents, {}, options);
  }

  /**
   * Changed providers since the last call (a destructive read unless leaveunprocessed).
   *
   * `GET /providers/changed`
   * @example
   * for await (const item of athena.changes.listChangedProviders()) console.log(item);
   */
  listChangedProviders(params: ListChangedProvidersParams = {}, options?: RequestOptions): PagedList<ChangeRecord> {
    return this.caller.list(ops.listChangedProviders, { ...params }, options);
  }

  /**
   * The providers feed subscription: status and events.
   *
   * `GET /providers/changed/subscription`
   * @example
   * const result = await athena.changes.getProviderSubscription();
   */
  getProviderSubscription(options?: RequestOptions): APIPromise<SubscriptionStatus> {
    return this.caller.call(ops.getProviderSubscription, {}, options);
  }

  /**
   * Subscribes to the providers feed: all events, or the one named.
   *
   * `POST /providers/changed/subscription`
   * @example
   * const result = await athena.changes.subscribeProviders();
   */
  subscribeProviders(params: SubscribeProvidersParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.subscribeProviders, { ...params }, options);
  }

  /**
   * Unsubscribes from the providers feed: all events, or the one named.
   *
   * `DELETE /providers/changed/subscription`
   * @example
   * const result = await athena.changes.unsubscribeProviders();
   */
  unsubscribeProviders(params: UnsubscribeProvidersParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.unsubscribeProviders, { ...params }, options);
  }

  /**
   * The events the providers feed can subscribe to.
   *
   * `GET /providers/changed/subscription/events`
   * @example
   * const result = await athena.changes.listProviderSubscriptionEvents();
   */
  listProviderSubscriptionEvents(options?: RequestOptions): APIPromise<SubscriptionEvents> {
    return this.caller.call(ops.listProviderSubscriptionEvents, {}, options);
  }

  /**
   * Changed prescriptions since the last call (a destructive read unless leaveunprocessed).
   *
   * `GET /prescriptions/changed`
   * @example
   * for await (const item of athena.changes.listChangedPrescriptions()) console.log(item);
   */
  listChangedPrescriptions(params: ListChangedPrescriptionsParams = {}, options?: RequestOptions): PagedList<ChangeRecord> {
    return this.caller.list(ops.listChangedPrescriptions, { ...params }, options);
  }

  /**
   * The prescriptions feed subscription: status and events.
   *
   * `GET /prescriptions/changed/subscription`
   * @example
   * const result = await athena.changes.getPrescriptionSubscription();
   */
  getPrescriptionSubscription(options?: RequestOptions): APIPromise<SubscriptionStatus> {
    return this.caller.call(ops.getPrescriptionSubscription, {}, options);
  }

  /**
   * Subscribes to the prescriptions feed: all events, or the one named.
   *
   * `POST /prescriptions/changed/subscription`
   * @example
   * const result = await athena.changes.subscribePrescriptions();
   */
  subscribePrescriptions(params: SubscribePrescriptionsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.subscribePrescriptions, { ...params }, options);
  }

  /**
   * Unsubscribes from the prescriptions feed: all events, or the one named.
   *
   * `DELETE /prescriptions/changed/subscription`
   * @example
   * const result = await athena.changes.unsubscribePrescriptions();
   */
  unsubscribePrescriptions(params: UnsubscribePrescriptionsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.unsubscribePrescriptions, { ...params }, options);
  }

  /**
   * The events the prescriptions feed can subscribe to.
   *
   * `GET /prescriptions/changed/subscription/events`
   * @example
   * const result = await athena.changes.listPrescriptionSubscriptionEvents();
   */
  listPrescriptionSubscriptionEvents(options?: RequestOptions): APIPromise<SubscriptionEvents> {
    return this.caller.call(ops.listPrescriptionSubscriptionEvents, {}, options);
  }

  /**
   * Changed claims since the last call (a destructive read unless leaveunprocessed).
   *
   * `GET /claims/changed`
   * @example
   * for await (const item of athena.changes.listChangedClaims()) console.log(item);
   */
  listChangedClaims(params: ListChangedClaimsParams = {}, options?: RequestOptions): PagedList<ChangeRecord> {
    return this.caller.list(ops.listChangedClaims, { ...params }, options);
  }

  /**
   * The claims feed subscription: status and events.
   *
   * `GET /claims/changed/subscription`
   * @example
   * const result = await athena.changes.getClaimSubscription();
   */
  getClaimSubscription(options?: RequestOptions): APIPromise<SubscriptionStatus> {
    return this.caller.call(ops.getClaimSubscription, {}, options);
  }

  /**
   * Subscribes to the claims feed: all events, or the one named.
   *
   * `POST /claims/changed/subscription`
   * @example
   * const result = await athena.changes.subscribeClaims();
   */
  subscribeClaims(params: SubscribeClaimsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.subscribeClaims, { ...params }, options);
  }

  /**
   * Unsubscribes from the claims feed: all events, or the one named.
   *
   * `DELETE /claims/changed/subscription`
   * @example
   * const result = await athena.changes.unsubscribeClaims();
   */
  unsubscribeClaims(params: UnsubscribeClaimsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.unsubscribeClaims, { ...params }, options);
  }

  /**
   * The events the claims feed can subscribe to.
   *
   * `GET /claims/changed/subscription/events`
   * @example
   * const result = await athena.changes.listClaimSubscriptionEvents();
   */
  listClaimSubscriptionEvents(options?: RequestOptions): APIPromise<SubscriptionEvents> {
    return this.caller.call(ops.listClaimSubscriptionEvents, {}, options);
  }

  /**
   * Changed labresults since the last call (a destructive read unless leaveunprocessed).
   *
   * `GET /labresults/changed`
   * @example
   * for await (const item of athena.changes.listChangedLabResults()) console.log(item);
   */
  listChangedLabResults(params: ListChangedLabResultsParams = {}, options?: RequestOptions): PagedList<ChangeRecord> {
    return this.caller.list(ops.listChangedLabResults, { ...params }, options);
  }

  /**
   * The labresults feed subscription: status and events.
   *
   * `GET /labresults/changed/subscription`
   * @example
   * const result = await athena.changes.getLabResultSubscription();
   */
  getLabResultSubscription(options?: RequestOptions): APIPromise<SubscriptionStatus> {
    return this.caller.call(ops.getLabResultSubscription, {}, options);
  }

  /**
   * Subscribes to the labresults feed: all events, or the one named.
   *
   * `POST /labresults/changed/subscription`
   * @example
   * const result = await athena.changes.subscribeLabResults();
   */
  subscribeLabResults(params: SubscribeLabResultsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.subscribeLabResults, { ...params }, options);
  }

  /**
   * Unsubscribes from the labresults feed: all events, or the one named.
   *
   * `DELETE /labresults/changed/subscription`
   * @example
   * const result = await athena.changes.unsubscribeLabResults();
   */
  unsubscribeLabResults(params: UnsubscribeLabResultsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.unsubscribeLabResults, { ...params }, options);
  }

  /**
   * The events the labresults feed can subscribe to.
   *
   * `GET /labresults/changed/subscription/events`
   * @example
   * const result = await athena.changes.listLabResultSubscriptionEvents();
   */
  listLabResultSubscriptionEvents(options?: RequestOptions): APIPromise<SubscriptionEvents> {
    return this.caller.call(ops.listLabResultSubscriptionEvents, {}, options);
  }

  /**
   * Changed problems since the last call (a destructive read unless leaveunprocessed).
   *
   * `GET /chart/healthhistory/problems/changed`
   * @example
   * for await (const item of athena.changes.listChangedProblems()) console.log(item);
   */
  listChangedProblems(params: ListChangedProblemsParams = {}, options?: RequestOptions): PagedList<ChangeRecord> {
    return this.caller.list(ops.listChangedProblems, { ...params }, options);
  }

  /**
   * The problems feed subscription: status and events.
   *
   * `GET /chart/healthhistory/problems/changed/subscription`
   * @example
   * const result = await athena.changes.getProblemSubscription();
   */
  getProblemSubscription(options?: RequestOptions): APIPromise<SubscriptionStatus> {
    return this.caller.call(ops.getProblemSubscription, {}, options);
  }

  /**
   * Subscribes to the problems feed: all events, or the one named.
   *
   * `POST /chart/healthhistory/problems/changed/subscription`
   * @example
   * const result = await athena.changes.subscribeProblems();
   */
  subscribeProblems(params: SubscribeProblemsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.subscribeProblems, { ...params }, options);
  }

  /**
   * Unsubscribes from the problems feed: all events, or the one named.
   *
   * `DELETE /chart/healthhistory/problems/changed/subscription`
   * @example
   * const result = await athena.changes.unsubscribeProblems();
   */
  unsubscribeProblems(params: UnsubscribeProblemsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.unsubscribeProblems, { ...params }, options);
  }

  /**
   * The events the problems feed can subscribe to.
   *
   * `GET /chart/healthhistory/problems/changed/subscription/events`
   * @example
   * const result = await athena.changes.listProblemSubscriptionEvents();
   */
  listProblemSubscriptionEvents(options?: RequestOptions): APIPromise<SubscriptionEvents> {
    return this.caller.call(ops.listProblemSubscriptionEvents, {}, options);
  }

  /**
   * Changed allergies since the last call (a destructive read unless leaveunprocessed).
   *
   * `GET /chart/healthhistory/allergies/changed`
   * @example
   * for await (const item of athena.changes.listChangedAllergies()) console.log(item);
   */
  listChangedAllergies(params: ListChangedAllergiesParams = {}, options?: RequestOptions): PagedList<ChangeRecord> {
    return this.caller.list(ops.listChangedAllergies, { ...params }, options);
  }

  /**
   * The allergies feed subscription: status and events.
   *
   * `GET /chart/healthhistory/allergies/changed/subscription`
   * @example
   * const result = await athena.changes.getAllergySubscription();
   */
  getAllergySubscription(options?: RequestOptions): APIPromise<SubscriptionStatus> {
    return this.caller.call(ops.getAllergySubscription, {}, options);
  }

  /**
   * Subscribes to the allergies feed: all events, or the one named.
   *
   * `POST /chart/healthhistory/allergies/changed/subscription`
   * @example
   * const result = await athena.changes.subscribeAllergies();
   */
  subscribeAllergies(params: SubscribeAllergiesParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.subscribeAllergies, { ...params }, options);
  }

  /**
   * Unsubscribes from the allergies feed: all events, or the one named.
   *
   * `DELETE /chart/healthhistory/allergies/changed/subscription`
   * @example
   * const result = await athena.changes.unsubscribeAllergies();
   */
  unsubscribeAllergies(params: UnsubscribeAllergiesParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.unsubscribeAllergies, { ...params }, options);
  }

  /**
   * The events the allergies feed can subscribe to.
   *
   * `GET /chart/healthhistory/allergies/changed/subscription/events`
   * @example
   * const result = await athena.changes.listAllergySubscriptionEvents();
   */
  listAllergySubscriptionEvents(options?: RequestOptions): APIPromise<SubscriptionEvents> {
    return this.caller.call(ops.listAllergySubscriptionEvents, {}, options);
  }

  /**
   * Changed medications since the last call (a destructive read unless leaveunprocessed).
   *
   * `GET /chart/healthhistory/medication/changed`
   * @example
   * for await (const item of athena.changes.listChangedMedications()) console.log(item);
   */
  listChangedMedications(params: ListChangedMedicationsParams = {}, options?: RequestOptions): PagedList<ChangeRecord> {
    return this.caller.list(ops.listChangedMedications, { ...params }, options);
  }

  /**
   * The medications feed subscription: status and events.
   *
   * `GET /chart/healthhistory/medication/changed/subscription`
   * @example
   * const result = await athena.changes.getMedicationSubscription();
   */
  getMedicationSubscription(options?: RequestOptions): APIPromise<SubscriptionStatus> {
    return this.caller.call(ops.getMedicationSubscription, {}, options);
  }

  /**
   * Subscribes to the medications feed: all events, or the one named.
   *
   * `POST /chart/healthhistory/medication/changed/subscription`
   * @example
   * const result = await athena.changes.subscribeMedications();
   */
  subscribeMedications(params: SubscribeMedicationsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.subscribeMedications, { ...params }, options);
  }

  /**
   * Unsubscribes from the medications feed: all events, or the one named.
   *
   * `DELETE /chart/healthhistory/medication/changed/subscription`
   * @example
   * const result = await athena.changes.unsubscribeMedications();
   */
  unsubscribeMedications(params: UnsubscribeMedicationsParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.unsubscribeMedications, { ...params }, options);
  }

  /**
   * The events the medications feed can subscribe to.
   *
   * `GET /chart/healthhistory/medication/changed/subscription/events`
   * @example
   * const result = await athena.changes.listMedicationSubscriptionEvents();
   */
  listMedicationSubscriptionEvents(options?: RequestOptions): APIPromise<SubscriptionEvents> {
    return this.caller.call(ops.listMedicationSubscriptionEvents, {}, options);
  }
}
