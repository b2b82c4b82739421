// Drafted by scripts/draft-operations.ts from the athena catalogue and scripts/operation-curation.ts. Edit those, then run `npm run draft:operations`.
import { defineOperations } from '../../core/operation.js';

export const customFieldsOperations = defineOperations({
  listCustomFields: {
    id: 'customFields.listCustomFields',
    method: 'GET',
    path: '/customfields',
    summary: 'Retrieve a list of custom fields for this practice.',
    params: [],
    response: { kind: 'array' },
  },
});
