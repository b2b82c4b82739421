// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import { customFieldsOperations as ops } from '../../operations/generated/custom-fields.js';
import type { CustomFieldDefinition } from '../types/index.js';


/**
 * The customFields operations of the table, one thin method each: the base of the public
 * `CustomFieldsResource`, where TypeDoc shows these methods.
 * @internal
 */
export class GeneratedCustomFieldsResource extends APIResource {
  /**
   * Retrieve a list of custom fields for this practice.
   *
   * `GET /customfields`
   * @example
   * const result = await athena.customFields.listCustomFields();
   */
  listCustomFields(options?: RequestOptions): APIPromise<CustomFieldDefinition[]> {
    return this.caller.call(ops.listCustomFields, {}, options);
  }
}
