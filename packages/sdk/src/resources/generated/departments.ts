// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import { departmentsExtendedOperations as ops } from '../../operations/generated/departments.js';
import type { CheckInRequirements } from '../types/index.js';


/**
 * The departments operations of the table, one thin method each: the base of the public
 * `DepartmentsResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedDepartmentsResource extends APIResource {
  /**
   * Get required fields for check-in in this department
   *
   * `GET /departments/{departmentid}/checkinrequired`
   * @example
   * const result = await athena.departments.getCheckInRequiredFields('1');
   */
  getCheckInRequiredFields(departmentId: string, options?: RequestOptions): APIPromise<CheckInRequirements> {
    return this.caller.call(ops.getCheckInRequiredFields, { departmentid: departmentId }, options);
  }

  /**
   * Gets a department's electronic communication disclosure. Returns its HTML (the SDK asks athena for text/html).
   *
   * `GET /departments/{departmentid}/ecommunicationdisclosure`
   * @example
   * const result = await athena.departments.getECommunicationDisclosure('1');
   */
  getECommunicationDisclosure(departmentId: string, options?: RequestOptions): APIPromise<string> {
    return this.caller.call(ops.getECommunicationDisclosure, { departmentid: departmentId }, options);
  }
}
