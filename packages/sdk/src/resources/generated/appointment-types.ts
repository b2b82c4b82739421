// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import { appointmentTypesOperations as ops } from '../../operations/generated/appointment-types.js';
import type { AppointmentType, WriteResult } from '../types/index.js';

/** Parameters of {@link AppointmentTypesResource.listAppointmentTypes}. */
export interface ListAppointmentTypesParams {
  /** By default, we show both generic and non-generic types. */
  hidegeneric?: boolean;
  /** By default, we show both generic and non-generic types. */
  hidenongeneric?: boolean;
  /** This defaults to true if not specified, and thus will hide non-patient facing types. */
  hidenonpatient?: boolean;
  /** By default, we show both "template only" and not-template only types. */
  hidetemplatetypeonly?: boolean;
  /** Number of entries to return (default 1500, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
}

/** Parameters of {@link AppointmentTypesResource.createAppointmentType}. */
export interface CreateAppointmentTypeParams {
  /** The expected duration, in minutes, of the appointment type. */
  duration: number;
  /** The name of the appointment type. */
  name: string;
  /** If set to true, this type serves as a "patient" type, meaning that is is a type that can be used for booking patients. */
  patient: boolean;
  /** The short name code of the appointment type. */
  shortname: string;
  /** If set to true, this type serves as a "generic" type, that will match any type when searching. */
  generic?: boolean;
  /** If set to true, this type serves as a "template-only" type, meaning that it can be used for building schedule templates, but cannot be used for booking appointments (i.e. */
  templatetypeonly?: boolean;
}

/** Parameters of {@link AppointmentTypesResource.updateAppointmentType}. */
export interface UpdateAppointmentTypeParams {
  /** If set to true, this type serves as a "generic" type, that will match any type when searching. */
  generic?: boolean;
  /** The name of the appointment type. */
  name?: string;
  /** If set to true, this type serves as a "patient" type, meaning that is is a type that can be used for booking patients. */
  patient?: boolean;
  /** If set to true, this type serves as a "template-only" type, meaning that it can be used for building schedule templates, but cannot be used for booking appointments (i.e. */
  templatetypeonly?: boolean;
}

/**
 * The appointmentTypes operations of the table, one thin method each: the base of the public
 * `AppointmentTypesResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedAppointmentTypesResource extends APIResource {
  /**
   * Raw appointment types for this practice.
   *
   * `GET /appointmenttypes`
   * @example
   * for await (const item of athena.appointmentTypes.listAppointmentTypes()) console.log(item);
   */
  listAppointmentTypes(params: ListAppointmentTypesParams = {}, options?: RequestOptions): PagedList<AppointmentType> {
    return this.caller.list(ops.listAppointmentTypes, { ...params }, options);
  }

  /**
   * Adds an appointment type
   *
   * `POST /appointmenttypes`
   * @example
   * const result = await athena.appointmentTypes.createAppointmentType({ duration: 1, name: 'Follow-up', patient: true, shortname: 'FU' });
   */
  createAppointmentType(params: CreateAppointmentTypeParams, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.createAppointmentType, { ...params }, options);
  }

  /**
   * Get one appointment type.
   *
   * `GET /appointmenttypes/{appointmenttypeid}`
   * @example
   * const result = await athena.appointmentTypes.getAppointmentType('1');
   */
  getAppointmentType(appointmenttypeId: string, options?: RequestOptions): APIPromise<AppointmentType> {
    return this.caller.call(ops.getAppointmentType, { appointmenttypeid: appointmenttypeId }, options);
  }

  /**
   * Update a appointment type entry.
   *
   * `PUT /appointmenttypes/{appointmenttypeid}`
   * @example
   * const result = await athena.appointmentTypes.updateAppointmentType('1');
   */
  updateAppointmentType(appointmenttypeId: string, params: UpdateAppointmentTypeParams = {}, options?: RequestOptions): APIPromise<WriteResult> {
    return this.caller.call(ops.updateAppointmentType, { ...params, appointmenttypeid: appointmenttypeId }, options);
  }
}
