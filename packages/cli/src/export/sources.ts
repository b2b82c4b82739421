/** The paged lists `athena export` can write, and the options that filter each. */
import type { AthenaClient, PagedList, RequestOptions } from 'athenahealth-sdk';

export type ExportParams = Record<string, string>;

export interface ExportSource {
  name: string;
  /** The option flags that filter this list, mapped to athena's parameter names. */
  filters: Record<string, string>;
  /** athena refuses the list without one of these filters. */
  needsOneOf?: string[];
  list(athena: AthenaClient, params: ExportParams, paging: { offset: number; limit: number }, options: RequestOptions): PagedList<Record<string, unknown>>;
}

export const exportSources: Record<string, ExportSource> = {
  patients: {
    name: 'patients',
    filters: { department: 'departmentid', lastname: 'lastname', firstname: 'firstname', dob: 'dob' },
    needsOneOf: ['department', 'lastname', 'firstname', 'dob'],
    list: (athena, params, paging, options) => athena.patients.searchPatients({ ...params, ...paging }, options),
  },
  departments: {
    name: 'departments',
    filters: {},
    list: (athena, _params, paging, options) => athena.departments.listDepartments(paging, options),
  },
  providers: {
    name: 'providers',
    filters: {},
    list: (athena, _params, paging, options) => athena.providers.listProviders(paging, options),
  },
};
