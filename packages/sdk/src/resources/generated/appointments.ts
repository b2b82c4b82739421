// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource, type AthenaRecord } from '../../core/resource.js';
import { appointmentsOperations as ops } from '../../operations/generated/appointments.js';
import type { DateInput, Appointment, AppointmentNote, CreatedSlots, OpenSlot, PatientInsurance, WriteResult } from '../types/index.js';

/** Parameters of {@link AppointmentsResource.listBookedAppointments}. */
export interface ListBookedAppointmentsParams {
  /** The athenaNet department ID. */
  departmentid: string;
  /** End of the appointment search date range (mm/dd/yyyy). */
  enddate: DateInput;
  /** Start of the appointment search date range (mm/dd/yyyy). */
  startdate: DateInput;
  /** Filter by appointment type ID. */
  appointmenttypeid?: string;
  /** Identify appointments modified prior to this date/time (mm/dd/yyyy hh:mi:ss). */
  endlastmodified?: string;
  /** When showing patient detail for appointments, the patient information for patients with record restrictions and blocked patients will not be shown. */
  ignorerestrictions?: boolean;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** The athenaNet patient ID. */
  patientid?: string;
  /** The athenaNet provider ID. */
  providerid?: string[] | string;
  /** End of the appointment scheduled search date range (mm/dd/yyyy). */
  scheduledenddate?: DateInput;
  /** Start of the appointment scheduled search date range (mm/dd/yyyy). */
  scheduledstartdate?: DateInput;
  /** Include appointments that have been cancelled. */
  showcancelled?: boolean;
  /** Include claim information, if available, associated with an appointment. */
  showclaimdetail?: boolean;
  /** By default, the expected co-pay is returned. */
  showcopay?: boolean;
  /** Include patient insurance information. */
  showinsurance?: boolean;
  /** Include patient information for each patient associated with an appointment. */
  showpatientdetail?: boolean;
  /** Identify appointments modified after this date/time (mm/dd/yyyy hh:mi:ss). */
  startlastmodified?: string;
  /** x cancelled, f future, o open, 2 checked in, 3 checked out, 4 charge entered. */
  appointmentstatus?: string;
}

/** Parameters of {@link AppointmentsResource.listBookedAppointmentsInDepartments}. */
export interface ListBookedAppointmentsInDepartmentsParams {
  /** The athenaNet department ID. */
  departmentid: string[] | string;
  /** End of the appointment search date range (mm/dd/yyyy). */
  enddate: DateInput;
  /** Start of the appointment search date range (mm/dd/yyyy). */
  startdate: DateInput;
  /** Filter by appointment type ID. */
  appointmenttypeid?: string;
  /** Identify appointments modified prior to this date/time (mm/dd/yyyy hh:mi:ss). */
  endlastmodified?: string;
  /** When showing patient detail for appointments, the patient information for patients with record restrictions and blocked patients will not be shown. */
  ignorerestrictions?: boolean;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** The athenaNet patient ID. */
  patientid?: string;
  /** The athenaNet provider ID. */
  providerid?: string[] | string;
  /** End of the appointment scheduled search date range (mm/dd/yyyy). */
  scheduledenddate?: DateInput;
  /** Start of the appointment scheduled search date range (mm/dd/yyyy). */
  scheduledstartdate?: DateInput;
  /** Include appointments that have been cancelled. */
  showcancelled?: boolean;
  /** Include claim information, if available, associated with an appointment. */
  showclaimdetail?: boolean;
  /** By default, the expected co-pay is returned. */
  showcopay?: boolean;
  /** Include patient insurance information. */
  showinsurance?: boolean;
  /** Include patient information for each patient associated with an appointment. */
  showpatientdetail?: boolean;
  /** Identify appointments modified after this date/time (mm/dd/yyyy hh:mi:ss). */
  startlastmodified?: string;
  /** x cancelled, f future, o open, 2 checked in, 3 checked out, 4 charge entered. */
  appointmentstatus?: string;
  showremindercalldetail?: boolean;
}

/** Parameters of {@link AppointmentsResource.listOpenAppointmentSlots}. */
export interface ListOpenAppointmentSlotsParams {
  /** The athenaNet department ID. */
  departmentid: string[] | string;
  /** Normally, an appointment reason ID should be used which will map to the correct underlying appointment type in athenaNet. */
  appointmenttypeid?: string;
  /** Bypass checks that usually require returned appointments to be some amount of hours in the future (as configured by the practice, defaulting to 24 hours), and also ignores the setting that only sho... */
  bypassscheduletimechecks?: boolean;
  /** End of the appointment search date range (mm/dd/yyyy). */
  enddate?: DateInput;
  /** By default, we show only appointments that are are available to scheduled via the API. */
  ignoreschedulablepermission?: boolean;
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** The athenaNet provider ID. */
  providerid?: string[] | string;
  /** The athenaNet patient appointment reason ID, from GET /patientappointmentreasons. */
  reasonid?: string[] | string;
  /** By default, we hide appointments that are frozen from being returned via the API. */
  showfrozenslots?: boolean;
  /** Start of the appointment search date range (mm/dd/yyyy). */
  startdate?: DateInput;
}

/** Parameters of {@link AppointmentsResource.createOpenAppointmentSlots}. */
export interface CreateOpenAppointmentSlotsParams {
  /** The appointment date for the new open appointment slot (mm/dd/yyyy). */
  appointmentdate: DateInput;
  /** The time (hh24:mi) for the new appointment slot. */
  appointmenttime: string[] | string;
  /** The athenaNet department ID. */
  departmentid: string;
  /** The athenaNet provider ID. */
  providerid: string;
  /** The appointment type ID to be created. */
  appointmenttypeid?: string;
  /** The appointment reason (/patientappointmentreasons) to be created. */
  reasonid?: string;
}

/** Parameters of {@link AppointmentsResource.getAppointmentReport}. */
export interface GetAppointmentReportParams {
  /** The ending date range of when an appointment was scheduled (inclusive). */
  enddate: DateInput;
  /** The starting date range of when an appointment was scheduled (inclusive). */
  startdate: DateInput;
}

/** Parameters of {@link AppointmentsResource.listWaitlistEntries}. */
export interface ListWaitlistEntriesParams {
  /** The booked appointment ID of the appointment that this wait list entry would replace. */
  appointmentid?: string;
  /** The appointment type ID of the desired appointment. */
  appointmenttypeid?: string;
  /** A list (JSON array) of day of week IDs that are desired by the patient, with 1 being Sunday, and 7 being Saturday. */
  dayofweekids?: unknown;
  /** The department ID of the desired department. */
  departmentid?: string;
  /** The hour (24 hour clock) after which an appointment is desired by a patient. */
  hourfrom?: number;
  /** The hour (24 hour clock) before which an appointment is desired by a patient. */
  hourto?: number;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** The patient ID of the patient who is on the wait list. */
  patientid?: string;
  /** One of "LOW", "NORMAL", or "HIGH", indicating the priorty of this wait list entry. */
  priority?: 'LOW' | 'NORMAL' | 'HIGH';
  /** The provider ID of the desired provider. */
  providerid?: string;
}

/** Parameters of {@link AppointmentsResource.addWaitlistEntry}. */
export interface AddWaitlistEntryParams {
  /** The department ID of the desired department. */
  departmentid: string;
  /** The patient ID of the patient who is on the wait list. */
  patientid: string;
  /** While a department is required when creating a wait list entry, this flag indicates that any department is accpetable for an appointment. */
  allowanydepartment?: boolean;
  /** The booked appointment ID of the appointment that this wait list entry would replace. */
  appointmentid?: string;
  /** The appointment type ID of the desired appointment. */
  appointmenttypeid?: string;
  /** A list (JSON array) of day of week IDs that are desired by the patient, with 1 being Sunday, and 7 being Saturday. */
  dayofweekids?: unknown;
  /** The hour (24 hour clock) after which an appointment is desired by a patient. */
  hourfrom?: number;
  /** The hour (24 hour clock) before which an appointment is desired by a patient. */
  hourto?: number;
  /** Practice-facing note about why the wait list entry exists. */
  note?: string;
  /** One of "LOW", "NORMAL", or "HIGH", indicating the priorty of this wait list entry. */
  priority?: 'LOW' | 'NORMAL' | 'HIGH';
  /** The provider ID of the desired provider. */
  providerid?: string;
}

/** Parameters of {@link AppointmentsResource.updateWaitlistEntry}. */
export interface UpdateWaitlistEntryParams {
  /** While a department is required when creating a wait list entry, this flag indicates that any department is accpetable for an appointment. */
  allowanydepartment?: boolean;
  /** The booked appointment ID of the appointment that this wait list entry would replace. */
  appointmentid?: string;
  /** The appointment type ID of the desired appointment. */
  appointmenttypeid?: string;
  /** A list (JSON array) of day of week IDs that are desired by the patient, with 1 being Sunday, and 7 being Saturday. */
  dayofweekids?: unknown;
  /** The department ID of the desired department. */
  departmentid?: string;
  /** The hour (24 hour clock) after which an appointment is desired by a patient. */
  hourfrom?: number;
  /** The hour (24 hour clock) before which an appointment is desired by a patient. */
  hourto?: number;
  /** Practice-facing note about why the wait list entry exists. */
  note?: string;
  /** One of "LOW", "NORMAL", or "HIGH", indicating the priorty of this wait list entry. */
  priority?: 'LOW' | 'NORMAL' | 'HIGH';
  /** The provider ID of the desired provider. */
  providerid?: string;
}

/** Parameters of {@link AppointmentsResource.getAppointment}. */
export interface GetAppointmentParams {
  /** Include claim information, if available, associated with the appointment. */
  showclaimdetail?: boolean;
  /** Include patient insurance information. */
  showinsurance?: boolean;
  showpatientdetail?: boolean;
  showcopay?: boolean;
  showexpectedprocedurecodes?: boolean;
  ignorerestrictions?: boolean;
}

/** Parameters of {@link AppointmentsResource.bookAppointment}. At least one of `appointmenttypeid`, `reasonid` is required. */
export interface BookAppointmentParams {
  /** The athenaNet patient ID. */
  patientid: string;
  /** The appointment type to be booked. */
  appointmenttypeid?: string;
  /** A note from the patient about why this appointment is being booked */
  bookingnote?: string;
  /** The athenaNet department ID. */
  departmentid?: string;
  /** For clients with athenaCommunicator, certain appointment types can be configured to have an appointment confirmation email sent to the patient at time of appointment booking. */
  donotsendconfirmationemail?: boolean;
  /** By default, we allow booking of appointments marked as schedulable via the web. */
  ignoreschedulablepermission?: boolean;
  /** The name of the insurance company. */
  insurancecompany?: string;
  /** If available, any identifier for the insurance group. */
  insurancegroupid?: string;
  /** The insurance identifier for this individual patient. */
  insuranceidnumber?: string;
  /** Any extra information provided by the patient about insurance coverage. */
  insurancenote?: string;
  /** The phone number for the insurance company. */
  insurancephone?: string;
  /** The insurance plan name (e.g. */
  insuranceplanname?: string;
  /** The full name of the insurance policy holder. */
  insurancepolicyholder?: string;
  /** By default, we create a patient case upon booking an appointment for new patients. */
  nopatientcase?: boolean;
  /** A textual description of the patient's relationship to the policyholder. */
  patientrelationshiptopolicyholder?: string;
  /** The appointment reason ID to be booked. */
  reasonid?: string;
  /** Book as urgent. */
  urgent?: boolean;
}

/** Parameters of {@link AppointmentsResource.cancelAppointment}. */
export interface CancelAppointmentParams {
  /** The athenaNet patient ID. */
  patientid: string;
  /** A text explanation why the appointment is being cancelled */
  cancellationreason?: string;
  /** By default, we allow booking of appointments marked as schedulable via the web. */
  ignoreschedulablepermission?: boolean;
  /** By default, we create a patient case upon booking an appointment for new patients. */
  nopatientcase?: boolean;
  /** The cancel reason id. */
  appointmentcancelreasonid?: string;
}

/** Parameters of {@link AppointmentsResource.freezeAppointment}. */
export interface FreezeAppointmentParams {
  /** If true, slot will be frozen, if false, slot will be unfrozen */
  freeze: boolean;
  requirescancellation?: boolean;
}

/** Parameters of {@link AppointmentsResource.setMspQualifier}. */
export interface SetMspQualifierParams {
  /** The MSP insurance type id */
  mspinsurancetypeid: string;
  /** The department ID. */
  departmentid?: string;
  /** Set the MSP Insurance Type */
  mspinsurancetypesetyn?: boolean;
  /** The athenaNet patient ID. */
  patientid?: string;
}

/** Parameters of {@link AppointmentsResource.listAppointmentNotes}. */
export interface ListAppointmentNotesParams {
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** By default, we prevent deleted appointment notes from being returned via the API. */
  showdeleted?: boolean;
}

/** Parameters of {@link AppointmentsResource.addAppointmentNote}. */
export interface AddAppointmentNoteParams {
  /** The note text. */
  notetext: string;
  /** Show the note on the schedule. */
  displayonschedule?: boolean;
}

/** Parameters of {@link AppointmentsResource.updateAppointmentNote}. */
export interface UpdateAppointmentNoteParams {
  /** The note text. */
  notetext: string;
  /** Show the note on the schedule. */
  displayonschedule?: boolean;
}

/** Parameters of {@link AppointmentsResource.rescheduleAppointment}. */
export interface RescheduleAppointmentParams {
  /** The appointment ID of the new appointment. */
  newappointmentid: string;
  /** The athenaNet patient ID. */
  patientid: string;
  /** By default, we allow booking of appointments marked as schedulable via the web. */
  ignoreschedulablepermission?: boolean;
  /** By default, we create a patient case upon booking an appointment for new patients. */
  nopatientcase?: boolean;
  /** The appointment reason ID to be booked. */
  reasonid?: string;
  /** A text explanation why the appointment is being rescheduled */
  reschedulereason?: string;
  /** The cancel reason id of the old appointment. */
  appointmentcancelreasonid?: string;
}

/** Parameters of {@link AppointmentsResource.addThirdPartyCodingStatus}. */
export interface AddThirdPartyCodingStatusParams {
  /** The status to set this appointment's third party coding status to. */
  status: 'STARTED';
}

/** Parameters of {@link AppointmentsResource.updateThirdPartyCodingStatus}. */
export interface UpdateThirdPartyCodingStatusParams {
  /** The status to set this appointment's third party coding status to. */
  status: 'STARTED';
}

/** Parameters of {@link AppointmentsResource.addThirdPartyExternalData}. */
export interface AddThirdPartyExternalDataParams {
  /** The external data to be stored for this, up to 4000 characters */
  externaldata: string;
}

/** Parameters of {@link AppointmentsResource.updateThirdPartyExternalData}. */
export interface UpdateThirdPartyExternalDataParams {
  /** The external data to be stored for this, up to 4000 characters */
  externaldata: string;
}

/** Parameters of {@link AppointmentsResource.listAppointmentInsurances}. */
export interface ListAppointmentInsurancesParams {
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Include cancelled policies. */
  showcancelled?: boolean;
  showfullssn?: boolean;
}

/** Parameters of {@link AppointmentsResource.listAppointmentReminders}. */
export interface ListAppointmentRemindersParams {
  /** The athenaNet department ID. */
  departmentid: string;
  startdate: DateInput;
  enddate: DateInput;
  patientid?: string;
  providerid?: string;
  appointmenttypeid?: string;
  /** Include deleted reminders. */
  showdeleted?: boolean;
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
}

/** Parameters of {@link AppointmentsResource.listAppointmentCustomFields}. */
export interface ListAppointmentCustomFieldsParams {
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
}

/** Parameters of {@link AppointmentsResource.listAppointmentCancelReasons}. */
export interface ListAppointmentCancelReasonsParams {
  /** Page size. */
  limit?: number;
  /** Starting point, 0-indexed. */
  offset?: number;
}

/** Parameters of {@link AppointmentsResource.updateBookedAppointment}. */
export interface UpdateBookedAppointmentParams {
  appointmenttypeid?: string;
  departmentid?: string;
  providerid?: string;
  supervisingproviderid?: string;
}

/**
 * The appointments operations of the table, one thin method each: the base of the public
 * `AppointmentsResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedAppointmentsResource extends APIResource {
  /**
   * Lists the booked appointments of a department in a date range.
   *
   * `GET /appointments/booked`
   * @example
   * for await (const item of athena.appointments.listBookedAppointments({ departmentid: '1', enddate: '2026-01-15', startdate: '2026-01-15' })) console.log(item);
   */
  listBookedAppointments(params: ListBookedAppointmentsParams, options?: RequestOptions): PagedList<Appointment> {
    return this.caller.list(ops.listBookedAppointments, { ...params }, options);
  }

  /**
   * Lists the booked appointments of several departments in a date range.
   *
   * `GET /appointments/booked/multipledepartment`
   * @example
   * for await (const item of athena.appointments.listBookedAppointmentsInDepartments({ departmentid: ['1'], enddate: '2026-01-15', startdate: '2026-01-15' })) console.log(item);
   */
  listBookedAppointmentsInDepartments(params: ListBookedAppointmentsInDepartmentsParams, options?: RequestOptions): PagedList<Appointment> {
    return this.caller.list(ops.listBookedAppointmentsInDepartments, { ...params }, options);
  }

  /**
   * Open appointment slots within a department, for a given date range
   *
   * `GET /appointments/open`
   * @example
   * for await (const item of athena.appointments.listOpenAppointmentSlots({ departmentid: ['1'] })) console.log(item);
   */
  listOpenAppointmentSlots(params: ListOpenAppointmentSlotsParams, options?: RequestOptions): PagedList<OpenSlot> {
    return this.caller.list(ops.listOpenAppointmentSlots, { ...params }, options);
  }

  /**
   * Specifies a provider, department, and date/time for a new appointment slot.
   *
   * `POST /appointments/open`
   * @example
   * const result = await athena.appointments.createOpenAppointmentSlots({ appointmentdate: '2026-01-15', appointmenttime: ['1'], departmentid: '1', providerid: '1' });
   */
  createOpenAppointmentSlots(params: CreateOpenAppointmentSlotsParams, options?: RequestOptions): APIPromise<CreatedSlots> {
    return this.caller.call(ops.createOpenAppointmentSlots, { ...params }, options);
  }

  /**
   * A report on appointments scheduled by the calling user within a certain date.
   *
   * `GET /appointments/report`
   * @example
   * for await (const item of athena.appointments.getAppointmentReport({ enddate: '2026-01-15', startdate: '2026-01-15' })) console.log(item);
   */
  getAppointmentReport(params: GetAppointmentReportParams, options?: RequestOptions): PagedList<Appointment> {
    return this.caller.list(ops.getAppointmentReport, { ...params }, options);
  }

  /**
   * Find entries on the wait list.
   *
   * `GET /appointments/waitlist`
   * @example
   * for await (const item of athena.appointments.listWaitlistEntries()) console.log(item);
   */
  listWaitlistEntries(params: ListWaitlistEntriesParams = {}, options?: RequestOptions): PagedList<AthenaRecord> {
    return this.caller.list(ops.listWaitlistEntries, { ...params }, options);
  }

  /**
   * Adds an entry to the wait list
   *
   * `POST /appointments/waitlist`
   * @example
   * const result = await athena.appointments.addWaitlistEntry({ departmentid: '1', patientid: '1' });
   */
  addWaitlistEntry(params: AddWaitlistEntryParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addWaitlistEntry, { ...params }, options);
  }

  /**
   * Get one entry on the wait list.
   *
   * `GET /appointments/waitlist/{waitlistid}`
   * @example
   * const result = await athena.appointments.getWaitlistEntry('1');
   */
  getWaitlistEntry(waitlistId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getWaitlistEntry, { waitlistid: waitlistId }, options);
  }

  /**
   * Update a wait list entry.
   *
   * `PUT /appointments/waitlist/{waitlistid}`
   * @example
   * const result = await athena.appointments.updateWaitlistEntry('1');
   */
  updateWaitlistEntry(waitlistId: string, params: UpdateWaitlistEntryParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateWaitlistEntry, { ...params, waitlistid: waitlistId }, options);
  }

  /**
   * Remove an entry from the wait list.
   *
   * `DELETE /appointments/waitlist/{waitlistid}`
   * @example
   * const result = await athena.appointments.deleteWaitlistEntry('1');
   */
  deleteWaitlistEntry(waitlistId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteWaitlistEntry, { waitlistid: waitlistId }, options);
  }

  /**
   * Gets one appointment.
   *
   * `GET /appointments/{appointmentid}`
   * @example
   * const result = await athena.appointments.getAppointment('1');
   */
  getAppointment(appointmentId: string, params: GetAppointmentParams = {}, options?: RequestOptions): APIPromise<Appointment> {
    return this.caller.call(ops.getAppointment, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Books an appointment slot for a specified patient. athena answers the booked appointment in a one-element array; a taken slot is a 409 ConflictError.
   *
   * `PUT /appointments/{appointmentid}`
   * @example
   * const result = await athena.appointments.bookAppointment('1', { patientid: '1', appointmenttypeid: '1' });
   */
  bookAppointment(appointmentId: string, params: BookAppointmentParams, options?: RequestOptions): APIPromise<Appointment> {
    return this.caller.call(ops.bookAppointment, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Deletes an open appointment. Only open slots can be deleted.
   *
   * `DELETE /appointments/{appointmentid}`
   * @example
   * const result = await athena.appointments.deleteOpenAppointmentSlot('1');
   */
  deleteOpenAppointmentSlot(appointmentId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteOpenAppointmentSlot, { appointmentid: appointmentId }, options);
  }

  /**
   * Cancels a scheduled appointment
   *
   * `PUT /appointments/{appointmentid}/cancel`
   * @example
   * const result = await athena.appointments.cancelAppointment('1', { patientid: '1' });
   */
  cancelAppointment(appointmentId: string, params: CancelAppointmentParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.cancelAppointment, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Returns the list of conditions required before check-in.
   *
   * `GET /appointments/{appointmentid}/checkin`
   * @example
   * const result = await athena.appointments.getCheckInRequirements('1');
   */
  getCheckInRequirements(appointmentId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getCheckInRequirements, { appointmentid: appointmentId }, options);
  }

  /**
   * Check in this appointment.
   *
   * `POST /appointments/{appointmentid}/checkin`
   * @example
   * const result = await athena.appointments.checkInAppointment('1');
   */
  checkInAppointment(appointmentId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.checkInAppointment, { appointmentid: appointmentId }, options);
  }

  /**
   * Freezes/Unfreezes an appointment A frozen appointment answers 200 `{success:false, errormessage}`: an ApiError.
   *
   * `PUT /appointments/{appointmentid}/freeze`
   * @example
   * const result = await athena.appointments.freezeAppointment('1', { freeze: true });
   */
  freezeAppointment(appointmentId: string, params: FreezeAppointmentParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.freezeAppointment, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Gets the Medicare Secondary Payer (MSP) qualifier of an appointment.
   *
   * `GET /appointments/{appointmentid}/mspq`
   * @example
   * const result = await athena.appointments.getMspQualifier('1');
   */
  getMspQualifier(appointmentId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getMspQualifier, { appointmentid: appointmentId }, options);
  }

  /**
   * Sets the Medicare Secondary Payer (MSP) qualifier of an appointment.
   *
   * `PUT /appointments/{appointmentid}/mspq`
   * @example
   * const result = await athena.appointments.setMspQualifier('1', { mspinsurancetypeid: '1' });
   */
  setMspQualifier(appointmentId: string, params: SetMspQualifierParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.setMspQualifier, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Removes the Medicare Secondary Payer (MSP) qualifier of an appointment.
   *
   * `DELETE /appointments/{appointmentid}/mspq`
   * @example
   * const result = await athena.appointments.deleteMspQualifier('1');
   */
  deleteMspQualifier(appointmentId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteMspQualifier, { appointmentid: appointmentId }, options);
  }

  /**
   * Retrieve notes for this appointment.
   *
   * `GET /appointments/{appointmentid}/notes`
   * @example
   * for await (const item of athena.appointments.listAppointmentNotes('1')) console.log(item);
   */
  listAppointmentNotes(appointmentId: string, params: ListAppointmentNotesParams = {}, options?: RequestOptions): PagedList<AppointmentNote> {
    return this.caller.list(ops.listAppointmentNotes, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Add a note for an appointment.
   *
   * `POST /appointments/{appointmentid}/notes`
   * @example
   * const result = await athena.appointments.addAppointmentNote('1', { notetext: 'Patient asked for a morning slot.' });
   */
  addAppointmentNote(appointmentId: string, params: AddAppointmentNoteParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addAppointmentNote, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Update the note text for an appointment note.
   *
   * `PUT /appointments/{appointmentid}/notes/{noteid}`
   * @example
   * const result = await athena.appointments.updateAppointmentNote('1', '1', { notetext: 'Patient asked for a morning slot.' });
   */
  updateAppointmentNote(appointmentId: string, noteId: string, params: UpdateAppointmentNoteParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateAppointmentNote, { ...params, appointmentid: appointmentId, noteid: noteId }, options);
  }

  /**
   * Delete a note for an appointment.
   *
   * `DELETE /appointments/{appointmentid}/notes/{noteid}`
   * @example
   * const result = await athena.appointments.deleteAppointmentNote('1', '1');
   */
  deleteAppointmentNote(appointmentId: string, noteId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteAppointmentNote, { appointmentid: appointmentId, noteid: noteId }, options);
  }

  /**
   * Reschedules a scheduled appointment athena answers the new appointment in a one-element array.
   *
   * `PUT /appointments/{appointmentid}/reschedule`
   * @example
   * const result = await athena.appointments.rescheduleAppointment('1', { newappointmentid: '1', patientid: '1' });
   */
  rescheduleAppointment(appointmentId: string, params: RescheduleAppointmentParams, options?: RequestOptions): APIPromise<Appointment> {
    return this.caller.call(ops.rescheduleAppointment, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Note that the check-in process has started.
   *
   * `POST /appointments/{appointmentid}/startcheckin`
   * @example
   * const result = await athena.appointments.startCheckIn('1');
   */
  startCheckIn(appointmentId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.startCheckIn, { appointmentid: appointmentId }, options);
  }

  /**
   * Gets an appointment's coding status(es)
   *
   * `GET /appointments/{appointmentid}/thirdpartycodingstatus`
   * @example
   * const result = await athena.appointments.getThirdPartyCodingStatus('1');
   */
  getThirdPartyCodingStatus(appointmentId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getThirdPartyCodingStatus, { appointmentid: appointmentId }, options);
  }

  /**
   * Adds a third-party coding status to an appointment.
   *
   * `POST /appointments/{appointmentid}/thirdpartycodingstatus`
   * @example
   * const result = await athena.appointments.addThirdPartyCodingStatus('1', { status: 'STARTED' });
   */
  addThirdPartyCodingStatus(appointmentId: string, params: AddThirdPartyCodingStatusParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addThirdPartyCodingStatus, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Updates the third-party coding status of an appointment.
   *
   * `PUT /appointments/{appointmentid}/thirdpartycodingstatus`
   * @example
   * const result = await athena.appointments.updateThirdPartyCodingStatus('1', { status: 'STARTED' });
   */
  updateThirdPartyCodingStatus(appointmentId: string, params: UpdateThirdPartyCodingStatusParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateThirdPartyCodingStatus, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Removes an appointment's coding status.
   *
   * `DELETE /appointments/{appointmentid}/thirdpartycodingstatus`
   * @example
   * const result = await athena.appointments.deleteThirdPartyCodingStatus('1');
   */
  deleteThirdPartyCodingStatus(appointmentId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteThirdPartyCodingStatus, { appointmentid: appointmentId }, options);
  }

  /**
   * Gets an appointment's external data
   *
   * `GET /appointments/{appointmentid}/thirdpartyexternaldata`
   * @example
   * const result = await athena.appointments.getThirdPartyExternalData('1');
   */
  getThirdPartyExternalData(appointmentId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getThirdPartyExternalData, { appointmentid: appointmentId }, options);
  }

  /**
   * Adds a third-party external data value to an appointment.
   *
   * `POST /appointments/{appointmentid}/thirdpartyexternaldata`
   * @example
   * const result = await athena.appointments.addThirdPartyExternalData('1', { externaldata: 'EXT-1001' });
   */
  addThirdPartyExternalData(appointmentId: string, params: AddThirdPartyExternalDataParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.addThirdPartyExternalData, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Updates the third-party external data value of an appointment.
   *
   * `PUT /appointments/{appointmentid}/thirdpartyexternaldata`
   * @example
   * const result = await athena.appointments.updateThirdPartyExternalData('1', { externaldata: 'EXT-1001' });
   */
  updateThirdPartyExternalData(appointmentId: string, params: UpdateThirdPartyExternalDataParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateThirdPartyExternalData, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Removes an appointment's external data.
   *
   * `DELETE /appointments/{appointmentid}/thirdpartyexternaldata`
   * @example
   * const result = await athena.appointments.deleteThirdPartyExternalData('1');
   */
  deleteThirdPartyExternalData(appointmentId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.deleteThirdPartyExternalData, { appointmentid: appointmentId }, options);
  }

  /**
   * Insurance packages for this appointment.
   *
   * `GET /appointments/{appointmentid}/insurances`
   * @example
   * for await (const item of athena.appointments.listAppointmentInsurances('1')) console.log(item);
   */
  listAppointmentInsurances(appointmentId: string, params: ListAppointmentInsurancesParams = {}, options?: RequestOptions): PagedList<PatientInsurance> {
    return this.caller.list(ops.listAppointmentInsurances, { ...params, appointmentid: appointmentId }, options);
  }

  /**
   * Cancels a started check-in.
   *
   * `POST /appointments/{appointmentid}/cancelcheckin`
   * @example
   * const result = await athena.appointments.cancelCheckIn('1');
   */
  cancelCheckIn(appointmentId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.cancelCheckIn, { appointmentid: appointmentId }, options);
  }

  /**
   * Checks the patient out of the appointment.
   *
   * `POST /appointments/{appointmentid}/checkout`
   * @example
   * const result = await athena.appointments.checkOutAppointment('1');
   */
  checkOutAppointment(appointmentId: string, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.checkOutAppointment, { appointmentid: appointmentId }, options);
  }

  /**
   * Appointment reminders of a department in a date range.
   *
   * `GET /appointments/appointmentreminders`
   * @example
   * for await (const item of athena.appointments.listAppointmentReminders({ departmentid: '1', startdate: '2026-01-15', enddate: '2026-01-15' })) console.log(item);
   */
  listAppointmentReminders(params: ListAppointmentRemindersParams, options?: RequestOptions): PagedList<AthenaRecord> {
    return this.caller.list(ops.listAppointmentReminders, { ...params }, options);
  }

  /**
   * The custom fields appointments can carry.
   *
   * `GET /appointments/customfields`
   * @example
   * for await (const item of athena.appointments.listAppointmentCustomFields()) console.log(item);
   */
  listAppointmentCustomFields(params: ListAppointmentCustomFieldsParams = {}, options?: RequestOptions): PagedList<AthenaRecord> {
    return this.caller.list(ops.listAppointmentCustomFields, { ...params }, options);
  }

  /**
   * Gets the athena telehealth room of an appointment.
   *
   * `GET /appointments/{appointmentid}/nativeathenatelehealthroom`
   * @example
   * const result = await athena.appointments.getTelehealthRoom('1');
   */
  getTelehealthRoom(appointmentId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getTelehealthRoom, { appointmentid: appointmentId }, options);
  }

  /**
   * Lists the reasons an appointment can be cancelled for.
   *
   * `GET /appointmentcancelreasons`
   * @example
   * for await (const item of athena.appointments.listAppointmentCancelReasons()) console.log(item);
   */
  listAppointmentCancelReasons(params: ListAppointmentCancelReasonsParams = {}, options?: RequestOptions): PagedList<AthenaRecord> {
    return this.caller.list(ops.listAppointmentCancelReasons, { ...params }, options);
  }

  /**
   * Changes the type, department or providers of a booked appointment. athena answers a bare `1` or an error string with HTTP 200; the string is an ApiError.
   *
   * `PUT /appointments/booked/{appointmentid}`
   * @example
   * const result = await athena.appointments.updateBookedAppointment('1');
   */
  updateBookedAppointment(appointmentId: string, params: UpdateBookedAppointmentParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateBookedAppointment, { ...params, appointmentid: appointmentId }, options);
  }
}
