import type { AthenaRecord } from '../../core/resource.js';

/** A record of a changed-data feed: the changed entity plus when athena processed it. */
export interface ChangeRecord extends AthenaRecord {
  /** `mm/dd/yyyy hh24:mi:ss` in US Eastern time; see `parseAthenaDateTime`. */
  lastmodified?: string;
  lastmodifiedby?: string;
  /** The subscribed event that produced the change, when athena names it. */
  eventname?: string;
}

export interface AppointmentChange extends ChangeRecord {
  appointmentid: string;
  appointmentstatus?: string;
  patientid?: string;
  departmentid?: string;
}

export interface PatientChange extends ChangeRecord {
  patientid: string;
  departmentid?: string;
  previouspatientids?: string[];
}

/** `GET /{feed}/changed/subscription`. */
export interface SubscriptionStatus extends AthenaRecord {
  status: 'ACTIVE' | 'INACTIVE' | 'PARTIAL' | string;
  subscriptions?: { eventname: string }[];
}

/** `GET /{feed}/changed/subscription/events`. */
export interface SubscriptionEvents extends AthenaRecord {
  subscriptions?: { eventname: string }[];
}
