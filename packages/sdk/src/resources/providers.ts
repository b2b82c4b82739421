import type { PagedList } from '../core/pagination.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import type { AthenaRecord } from '../core/resource.js';
import { GeneratedProvidersResource } from './generated/providers.js';
import { providerOperations as ops } from '../operations/providers.js';

export interface Provider extends AthenaRecord {
  /** A string, although athena sends a number here. */
  providerid: string;
  firstname?: string;
  lastname?: string;
  displayname?: string;
  specialty?: string;
  providertype?: string;
  /** A string, although athena sends a number here. */
  npi?: string;
}

export interface ListProvidersParams {
  name?: string;
  providertype?: string;
  showallproviderids?: boolean;
  /** Guess each provider's usual department: the share (0 to 1) of its appointments there. */
  showusualdepartmentguessthreshold?: number;
  /** Page size (athena's default 1500, max 5000). */
  limit?: number;
  offset?: number;
}

export class ProvidersResource extends GeneratedProvidersResource {
  /**
   * The practice's providers, across pages.
   * @example
   * const firstPage = await athena.providers.listProviders({ limit: 50 });
   * console.log(firstPage.items.length, firstPage.totalCount);
   */
  listProviders(params: ListProvidersParams = {}, options?: RequestOptions): PagedList<Provider> {
    return this.caller.list(ops.listProviders, { ...params }, options);
  }

  /**
   * One provider.
   * @example
   * const provider = await athena.providers.getProvider('71');
   */
  getProvider(providerId: string, options?: RequestOptions): APIPromise<Provider> {
    return this.caller.call(ops.getProvider, { providerid: providerId }, options);
  }
}
