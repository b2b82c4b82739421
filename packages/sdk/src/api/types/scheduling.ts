import type { AthenaRecord } from '../../core/resource.js';

/**
 * A booked or open appointment. Status codes: `x` cancelled, `f` future,
 * `o` open, `2` checked in, `3` checked out, `4` charge entered.
 */
export interface Appointment extends AthenaRecord {
  appointmentid: string;
  appointmentstatus?: string;
  /** `mm/dd/yyyy`. */
  date?: string;
  /** `HH:MM`, local to the department. */
  starttime?: string;
  duration?: string | number;
  departmentid?: string;
  providerid?: string;
  patientid?: string;
  appointmenttypeid?: string;
  appointmenttype?: string;
  frozen?: string | boolean;
  // Named after go-athenahealth's Appointment/BookedAppointment type (issue 14); every other field athena sends is kept too.
  chargeentrynotrequired?: boolean | string;
  encounterid?: string;
  patientappointmenttypename?: string;
  renderingproviderid?: string;
  appointmentcopay?: AthenaRecord;
  appointmentnotes?: AthenaRecord[];
  appointmentconfirmationid?: string;
  appointmentconfirmationname?: string;
  cancelledby?: string;
  cancelleddatetime?: string;
  cancelreasonid?: string;
  cancelreasonname?: string;
  cancelreasonnoshow?: boolean | string;
  cancelreasonslotavailable?: boolean | string;
  chargeentrynotrequiredreason?: string;
  checkindatetime?: string;
  checkoutdatetime?: string;
  claims?: AthenaRecord[];
  coordinatorenterprise?: boolean | string;
  coordinatorenterpriseyn?: string;
  copay?: number | string;
  encounterstatus?: string;
  frozenyn?: string;
  hl7providerid?: string;
  insurances?: AthenaRecord[];
  lastmodified?: string;
  lastmodifiedby?: string;
  patientlocationid?: string;
  referringproviderid?: string;
  reminderdetails?: AthenaRecord[];
  rescheduledappointmentid?: string;
  scheduledby?: string;
  scheduleddatetime?: string;
  startcheckin?: string;
  startcheckoutdatetime?: string;
  stopcheckin?: string;
  stopexamdatetime?: string;
  stopintakedatetime?: string;
  stopsignoff?: string;
  suggestedoverbooking?: string;
  supervisingproviderid?: string;
  templateappointmentid?: string;
  templateappointmenttypeid?: string;
  urgentyn?: string;
  useexpectedprocedurecodes?: AthenaRecord[];
  visitid?: string;
}

/** An open slot from `GET /appointments/open`. */
export interface OpenSlot extends Appointment {
  reasonid?: string[];
}

/** `POST /appointments/open` answers the new slot ids with their times. */
export interface CreatedSlots extends AthenaRecord {
  /** `{ "<appointmentid>": "HH:MM" }`. */
  appointmentids?: Record<string, string>;
}

export interface AppointmentNote extends AthenaRecord {
  noteid: string;
  notetext?: string;
  displayonschedule?: string | boolean;
  created?: string;
  createdby?: string;
}

export interface AppointmentType extends AthenaRecord {
  appointmenttypeid: string;
  name?: string;
  shortname?: string;
  duration?: string;
  /** `"true"` when patients can be booked into it. */
  patient?: string;
}

export interface AppointmentReason extends AthenaRecord {
  reasonid: string;
  reason?: string;
  /** `new`, `existing` or `all`. */
  reasontype?: string;
  schedulingminhours?: string | number;
}
