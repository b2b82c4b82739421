// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { PagedList } from '../../core/pagination.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource, type AthenaRecord } from '../../core/resource.js';
import { providersExtendedOperations as ops } from '../../operations/generated/providers.js';
import type { InboxTask } from '../types/index.js';

/** Parameters of {@link ProvidersResource.listInboxTasks}. */
export interface ListInboxTasksParams {
  /** The inbox category/bucket to filter, all others will be excluded. */
  inboxcategory?: 'ADMIN' | 'APPOINTMENTREQUEST' | 'CLINICALDOCUMENT' | 'CLINICALENCOUNTERVISIT' | 'CLINICALRESULT' | 'COORDINATORTASK' | 'FOLLOWUP' | 'ORDER' | 'PATIENTCASE' | 'UNKNOWN';
  /** Number of entries to return (default 1000, max 5000) */
  limit?: number;
  /** Starting point of entries; 0-indexed */
  offset?: number;
  /** Priority to filter, all others will be excluded */
  priority?: 'NORMAL' | 'URGENT' | 'CURRENT';
  /** Status to filter, all others will be excluded */
  status?: string;
  /** The document class to filter, all others will be excluded */
  subtype?: 'Encounter' | 'Document';
}

/**
 * The providers operations of the table, one thin method each: the base of the public
 * `ProvidersResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedProvidersResource extends APIResource {
  /**
   * Lists the tasks in a provider's inbox.
   *
   * `GET /providers/{providerid}/inbox`
   * @example
   * for await (const item of athena.providers.listInboxTasks('1')) console.log(item);
   */
  listInboxTasks(providerId: string, params: ListInboxTasksParams = {}, options?: RequestOptions): PagedList<InboxTask> {
    return this.caller.list(ops.listInboxTasks, { ...params, providerid: providerId }, options);
  }

  /**
   * The count of tasks assigned to a provider by category
   *
   * `GET /providers/{providerid}/inbox/counts`
   * @example
   * const result = await athena.providers.getInboxCounts('1');
   */
  getInboxCounts(providerId: string, options?: RequestOptions): APIPromise<AthenaRecord> {
    return this.caller.call(ops.getInboxCounts, { providerid: providerId }, options);
  }
}
