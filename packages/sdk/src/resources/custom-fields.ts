import { GeneratedCustomFieldsResource } from './generated/custom-fields.js';

/** The custom fields of the practice. */
export class CustomFieldsResource extends GeneratedCustomFieldsResource {}
