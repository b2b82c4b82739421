// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import { appointmentReasonsOperations as ops } from '../../operations/generated/appointment-reasons.js';
import type { AppointmentReason } from '../types/index.js';

/** Parameters of {@link AppointmentReasonsResource.listAppointmentReasons}. */
export interface ListAppointmentReasonsParams {
  /** The athenaNet department ID. */
  departmentid: string;
  /** The athenaNet provider ID. */
  providerid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link AppointmentReasonsResource.listExistingPatientReasons}. */
export interface ListExistingPatientReasonsParams {
  /** The athenaNet department ID. */
  departmentid: string;
  /** The athenaNet provider ID. */
  providerid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link AppointmentReasonsResource.listNewPatientReasons}. */
export interface ListNewPatientReasonsParams {
  /** The athenaNet department ID. */
  departmentid: string;
  /** The athenaNet provider ID. */
  providerid: string;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/**
 * The appointmentReasons operations of the table, one thin method each: the base of the public
 * `AppointmentReasonsResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedAppointmentReasonsResource extends APIResource {
  /**
   * Lists the appointment reasons patients can pick when booking.
   *
   * `GET /patientappointmentreasons`
   * @example
   * for await (const item of athena.appointmentReasons.listAppointmentReasons({ departmentid: '1', providerid: '1' })) console.log(item);
   */
  listAppointmentReasons(params: ListAppointmentReasonsParams, options?: RequestOptions): PagedList<AppointmentReason> {
    return this.caller.list(ops.listAppointmentReasons, { ...params }, options);
  }

  /**
   * Lists the appointment reasons existing patients can pick when booking.
   *
   * `GET /patientappointmentreasons/existingpatient`
   * @example
   * for await (const item of athena.appointmentReasons.listExistingPatientReasons({ departmentid: '1', providerid: '1' })) console.log(item);
   */
  listExistingPatientReasons(params: ListExistingPatientReasonsParams, options?: RequestOptions): PagedList<AppointmentReason> {
    return this.caller.list(ops.listExistingPatientReasons, { ...params }, options);
  }

  /**
   * Lists the appointment reasons new patients can pick when booking.
   *
   * `GET /patientappointmentreasons/newpatient`
   * @example
   * for await (const item of athena.appointmentReasons.listNewPatientReasons({ departmentid: '1', providerid: '1' })) console.log(item);
   */
  listNewPatientReasons(params: ListNewPatientReasonsParams, options?: RequestOptions): PagedList<AppointmentReason> {
    return this.caller.list(ops.listNewPatientReasons, { ...params }, options);
  }
}
