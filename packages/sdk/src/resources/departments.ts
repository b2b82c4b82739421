import type { PagedList } from '../core/pagination.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import type { AthenaRecord } from '../core/resource.js';
import { GeneratedDepartmentsResource } from './generated/departments.js';
import { departmentOperations as ops } from '../operations/departments.js';

export interface Department extends AthenaRecord {
  departmentid: string;
  name?: string;
  address?: string;
  city?: string;
  state?: string;
  zip?: string;
  phone?: string;
  /** Hours from UTC, a number (e.g. -5). */
  timezoneoffset?: number;
  providerlist?: string[];
}

export interface ListDepartmentsParams {
  /** Include each department's providers. */
  providerlist?: boolean;
  /** Include departments that are hidden from the API by default. */
  showalldepartments?: boolean;
  hospitalonly?: boolean;
  /** Page size (athena's default 1500, max 5000). */
  limit?: number;
  offset?: number;
}

export class DepartmentsResource extends GeneratedDepartmentsResource {
  /**
   * The practice's departments, across pages.
   * @example
   * for await (const department of athena.departments.listDepartments()) console.log(department.name);
   */
  listDepartments(params: ListDepartmentsParams = {}, options?: RequestOptions): PagedList<Department> {
    return this.caller.list(ops.listDepartments, { ...params }, options);
  }

  /**
   * One department.
   * @example
   * const department = await athena.departments.getDepartment('1');
   */
  getDepartment(departmentId: string, params: { providerlist?: boolean; showalldepartments?: boolean } = {}, options?: RequestOptions): APIPromise<Department> {
    return this.caller.call(ops.getDepartment, { ...params, departmentid: departmentId }, options);
  }
}
